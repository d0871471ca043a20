package dev.advisor.rules;

/** A problem in a rule or catalogue file, printed as {@code rules/strategy/strategy.drl:14:5: message}. */
public record RuleProblem(String file, int line, int column, String message) {
    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) where.append(':').append(line);
        if (line > 0 && column > 0) where.append(':').append(column);
        return where + ": " + message;
    }
}
