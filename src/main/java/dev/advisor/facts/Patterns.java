package dev.advisor.facts;

import java.util.regex.Pattern;

/**
 * The regular expressions written in rule files, each compiled once. A DRL function cannot keep a
 * compiled pattern of its own, and compiling on every call was a tenth of an evaluation; a rule
 * writes {@code Patterns.find("продаж|sales?", text)} and keeps its expression where consultants read it.
 */
public final class Patterns {
    private static final BoundedCache<Pattern> COMPILED = new BoundedCache<>(1_000, Pattern::compile);

    private Patterns() {
    }

    /** The compiled pattern, for a rule that wants its groups. */
    public static Pattern of(String regex) {
        return COMPILED.get(regex);
    }

    /** True when the pattern occurs in the text ({@code false} for null text). */
    public static boolean find(String regex, String text) {
        TimeBudget.check();
        return text != null && of(regex).matcher(text).find();
    }

    /** True when the whole text matches the pattern, as {@link String#matches} ({@code false} for null text). */
    public static boolean matches(String regex, String text) {
        TimeBudget.check();
        return text != null && of(regex).matcher(text).matches();
    }
}
