package dev.advisor.facts;

import java.util.List;

/**
 * Decides whether a benefit answers a need written in the customers' words, in English or Russian. A
 * need matches a phrase (the benefit itself or one of the needs it says it answers) when the stems the
 * two share ({@link PhraseTerms}) cover enough of the shorter one, so a benefit that says the need in
 * other words and other word forms still answers it: "Next-day delivery across the city" answers
 * "fast delivery", "быстро доставим" answers "доставка быстрая".
 *
 * <p>Enough is at least half of the shorter phrase's terms, and among them at least two that are not
 * generic (one when the shorter phrase has only one). Two, because one shared word never ties two
 * phrases of several words: "speed on water" and "rescue on water" are different needs of different
 * segments, and a benefit with "water" in it must not serve both. Generic words ("quality", "fast",
 * "качество", numbers) count towards the half but never tie two phrases alone. A phrase made only of
 * generic words ("proven quality") matches only a phrase that says all of it.
 */
public final class NeedMatcher {
    // The stemmers leave the noun and the verb of one root apart ("deliv" of "delivered", "deliveri" of
    // "delivery"; "достав" of "доставим", "доставк" of "доставка", "доставл" of "доставляем"), so stems
    // of at least SHORTEST_ROOT common letters meet when they part at most at the last letter of the
    // shorter one and LONGER_REST letters of the longer; "water" and "waterproof" stay apart.
    private static final int SHORTEST_ROOT = 5;
    private static final int LONGER_REST = 3;
    // Porter takes "-er" off long words only and "-est" off none: "warmest" stays "warmest".
    private static final List<String> DEGREES = List.of("er", "est");

    private NeedMatcher() {
    }

    /** True when the need matches the benefit's name or one of the needs it answers. */
    public static boolean answers(Benefit benefit, String need) {
        PhraseTerms needTerms = PhraseTerms.of(need);
        if (needTerms.size() == 0) return false;
        if (sayTheSame(needTerms, PhraseTerms.of(benefit.benefit()))) return true;
        if (benefit.answersNeeds() == null) return false;
        for (String answered : benefit.answersNeeds()) {
            if (sayTheSame(needTerms, PhraseTerms.of(answered))) return true;
        }
        return false;
    }

    /** True when two phrases say the same by the same rule, such as a positioning statement and a benefit. */
    public static boolean sayTheSame(String a, String b) {
        return sayTheSame(PhraseTerms.of(a), PhraseTerms.of(b));
    }

    /**
     * The share of the shorter phrase's terms that the other phrase says too, from 0 (nothing shared, or
     * a phrase without terms) to 1 (all of it), generic terms included.
     */
    public static double overlap(String a, String b) {
        PhraseTerms first = PhraseTerms.of(a);
        PhraseTerms second = PhraseTerms.of(b);
        return Math.max(Coverage.of(first, second).share(), Coverage.of(second, first).share());
    }

    private static boolean sayTheSame(PhraseTerms a, PhraseTerms b) {
        return Coverage.of(a, b).enough() || Coverage.of(b, a).enough();
    }

    /** How much of one phrase's terms another phrase says. */
    private record Coverage(int terms, int specific, int shared, int sharedSpecific) {
        static Coverage of(PhraseTerms phrase, PhraseTerms other) {
            int specific = 0;
            int shared = 0;
            int sharedSpecific = 0;
            for (String term : phrase.terms()) {
                boolean generic = phrase.isGeneric(term);
                if (!generic) specific++;
                if (!says(other, term)) continue;
                shared++;
                if (!generic) sharedSpecific++;
            }
            return new Coverage(phrase.size(), specific, shared, sharedSpecific);
        }

        double share() {
            return terms == 0 ? 0 : (double) shared / terms;
        }

        boolean enough() {
            if (terms == 0) return false;
            // all of it said: the only way a phrase of generic words alone matches
            if (shared == terms) return true;
            // half, with two specific terms, or the one the phrase has
            return 2 * shared >= terms && sharedSpecific >= Math.min(2, Math.max(1, specific));
        }
    }

    private static boolean says(PhraseTerms phrase, String term) {
        for (String other : phrase.terms()) {
            if (sameStem(term, other)) return true;
        }
        return false;
    }

    /** True when two stems are of one word, by the stemmers or by the two rules above. */
    static boolean sameStem(String a, String b) {
        if (a.equals(b)) return true;
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        int common = 0;
        while (common < shorter.length() && shorter.charAt(common) == longer.charAt(common)) common++;
        if (common == shorter.length() && DEGREES.contains(longer.substring(common))) return true;
        if (common < SHORTEST_ROOT || longer.length() - common > LONGER_REST) return false;
        return common >= shorter.length() - 1;
    }
}
