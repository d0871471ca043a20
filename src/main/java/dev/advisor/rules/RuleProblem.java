package dev.advisor.rules;

/** A problem in a rule or catalogue file, printed as {@code rules/strategy/strategy.drl:14:5: message}. */
public record RuleProblem(String file, int line, int column, String message) {
    /** Where the problem is: {@code rules/strategy/strategy.drl:14:5}, or less when line or column is unknown. */
    public String location() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) where.append(':').append(line);
        if (line > 0 && column > 0) where.append(':').append(column);
        return where.toString();
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
