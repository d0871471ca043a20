package dev.advisor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a phrase as the text-matching rules compare them: lower case, "ё" read as "е", split
 * at everything that is not a letter or a digit ({@code \p{L}} and {@code \p{N}}). One tokenizer for
 * {@link NeedMatcher} and the DRL text helpers. It scans the text itself: the rules split phrases
 * thousands of times per evaluation, and {@code String.split} with that pattern (compiled anew on every
 * call) was half the time of the whole rule set.
 */
public final class Words {
    private Words() {
    }

    /** The words of {@code text} in order (none for null or blank text). */
    public static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) return words;
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        int start = -1;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            if (isWordCharacter(c)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                words.add(lower.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) words.add(lower.substring(start));
        return words;
    }

    private static boolean isWordCharacter(int c) {
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
