package dev.advisor.facts;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a benefit answers a need written in the customers' words. A need matches a phrase
 * (the benefit itself or one of the needs it says it answers) when every meaningful word of the
 * shorter one appears in the longer one. Whole phrases, not single shared words, so "on water" in two
 * different benefits does not tie two different segments together. Words are compared by their first
 * five letters, a crude stem that lets "repairs" meet "repair" and Russian case endings meet each
 * other; short words and filler are ignored.
 */
public final class NeedMatcher {
    private static final int STEM = 5;
    private static final int SHORTEST_WORD = 4;
    private static final Set<String> FILLER = Set.of(
            "with", "that", "this", "from", "your", "their", "they", "have", "will", "into", "when",
            "where", "what", "very", "more", "less", "than", "также", "чтобы", "который", "которые",
            "можно", "очень", "более", "менее", "всего", "есть", "быть", "если", "когда");

    private NeedMatcher() {
    }

    /** True when the need matches the benefit's name or one of the needs it answers. */
    public static boolean answers(Benefit benefit, String need) {
        Set<String> needStems = stems(need);
        if (needStems.isEmpty()) return false;
        if (samePhrase(needStems, stems(benefit.benefit()))) return true;
        if (benefit.answersNeeds() == null) return false;
        for (String answered : benefit.answersNeeds()) {
            if (samePhrase(needStems, stems(answered))) return true;
        }
        return false;
    }

    private static boolean samePhrase(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        return a.size() <= b.size() ? b.containsAll(a) : a.containsAll(b);
    }

    static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        if (text == null) return stems;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < SHORTEST_WORD || FILLER.contains(word)) continue;
            stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
        }
        return stems;
    }
}
