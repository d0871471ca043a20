package dev.advisor.facts;

/**
 * Joining the owner's phrases into a sentence: a phrase that starts one ("Warm cabin") continues another
 * in lower case ("... and we give you warm cabin"), while a word written in capitals ("SEO", "GPS") keeps
 * them. One rule for the USP propositions and the report's summary.
 */
public final class Sentences {
    private Sentences() {
    }

    /** The phrase as it reads mid-sentence: its first letter lowered unless the second is a capital too. */
    public static String lowerFirst(String text) {
        if (text.length() < 2 || Character.isUpperCase(text.charAt(1))) return text;
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The phrase as it reads at the start of a sentence. */
    public static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
