package dev.advisor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a benefit answers a need written in the customers' words. A need matches a phrase
 * (the benefit itself or one of the needs it says it answers) when every meaningful word of the
 * shorter one has a match in the longer one. Whole phrases, not single shared words, so "on water" in
 * two different benefits does not tie two different segments together. Two words match when they
 * share a prefix of at least four letters that leaves at most two letters of the shorter word over:
 * "repair" meets "repairs", and Russian case endings ("тёплой", "тёплая") meet each other. Short
 * words and filler are ignored.
 */
public final class NeedMatcher {
    private static final int SHORTEST_WORD = 4;
    private static final int ENDING = 2;
    private static final Set<String> FILLER = Set.of(
            "with", "that", "this", "from", "your", "their", "they", "have", "will", "into", "when",
            "where", "what", "very", "more", "less", "than", "также", "чтобы", "который", "которые",
            "можно", "очень", "более", "менее", "всего", "есть", "быть", "если", "когда");

    private static final BoundedCache<List<String>> MEANINGFUL = new BoundedCache<>(20_000, NeedMatcher::meaningful);

    private NeedMatcher() {
    }

    /** True when the need matches the benefit's name or one of the needs it answers. */
    public static boolean answers(Benefit benefit, String need) {
        List<String> needWords = words(need);
        if (needWords.isEmpty()) return false;
        if (samePhrase(needWords, words(benefit.benefit()))) return true;
        if (benefit.answersNeeds() == null) return false;
        for (String answered : benefit.answersNeeds()) {
            if (samePhrase(needWords, words(answered))) return true;
        }
        return false;
    }

    /** True when two phrases say the same by the same rule, such as a positioning statement and a benefit. */
    public static boolean sayTheSame(String a, String b) {
        return samePhrase(words(a), words(b));
    }

    private static boolean samePhrase(List<String> a, List<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        List<String> shorter = a.size() <= b.size() ? a : b;
        List<String> longer = shorter == a ? b : a;
        for (String word : shorter) {
            if (!hasMatch(word, longer)) return false;
        }
        return true;
    }

    private static boolean hasMatch(String word, List<String> words) {
        for (String other : words) {
            if (sameWord(word, other)) return true;
        }
        return false;
    }

    static boolean sameWord(String a, String b) {
        int shortest = Math.min(a.length(), b.length());
        int common = 0;
        while (common < shortest && a.charAt(common) == b.charAt(common)) common++;
        return common == shortest || (common >= SHORTEST_WORD && common >= shortest - ENDING);
    }

    /** The meaningful words of a phrase, remembered like {@link Words#of}: each is compared many times. */
    static List<String> words(String text) {
        if (text == null) return List.of();
        TimeBudget.check();
        return MEANINGFUL.get(text);
    }

    private static List<String> meaningful(String text) {
        List<String> words = new ArrayList<>(Words.of(text));
        words.removeIf(word -> word.length() < SHORTEST_WORD || FILLER.contains(word));
        return List.copyOf(words);
    }
}
