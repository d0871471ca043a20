package dev.advisor.questionnaire;

/** Number formatting shared by facts and reports, so 400.0 reads as "400" everywhere. */
public final class Numbers {
    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return Double.toString(value);
    }
}
