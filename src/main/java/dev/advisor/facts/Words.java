package dev.advisor.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a phrase as the text-matching rules compare them: lower case, "ё" read as "е", split
 * at everything that is not a letter or a digit ({@code \p{L}} and {@code \p{N}}). One tokenizer for
 * {@link NeedMatcher} and the DRL text helpers. The rules split the same phrases thousands of times per
 * evaluation, and {@code String.split} with that pattern (compiled anew on every call) was half the
 * time of the whole rule set; now each phrase is scanned once and remembered.
 */
public final class Words {
    private static final BoundedCache<List<String>> CACHE = new BoundedCache<>(20_000, Words::scan);

    private Words() {
    }

    /** The words of {@code text} in order (none for null or blank text), as an unmodifiable list. */
    public static List<String> of(String text) {
        if (text == null) return List.of();
        TimeBudget.check();
        return CACHE.get(text);
    }

    private static List<String> scan(String text) {
        List<String> words = new ArrayList<>();
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
        return List.copyOf(words);
    }

    private static boolean isWordCharacter(int c) {
        if (Character.isLetter(c)) return true;
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
