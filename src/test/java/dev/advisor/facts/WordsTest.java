package dev.advisor.facts;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordsTest {
    @Test
    void aPhraseIsSplitIntoLowerCaseWordsAtEverythingButLettersAndDigits() {
        assertEquals(List.of("warm", "cabin", "for", "6", "people"), Words.of("  Warm cabin — for 6 people!"));
    }

    @Test
    void russianYoIsReadAsYe() {
        assertEquals(List.of("тёплая".replace('ё', 'е'), "кабина"), Words.of("Тёплая КАБИНА"));
    }

    @Test
    void nullAndSeparatorsOnlyHaveNoWords() {
        assertEquals(List.of(), Words.of(null));
        assertEquals(List.of(), Words.of(" ,.;-- "));
    }

    @Test
    void theScanSplitsExactlyAsTheRegularExpressionItReplaces() {
        Random random = new Random(7);
        int[] alphabet = "aZя Ё9½Ⅻ_-.,\t\n'é😀ß²".codePoints().toArray();
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) text.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            List<String> expected = new ArrayList<>(Arrays.asList(
                    text.toString().toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{N}]+")));
            expected.removeIf(String::isEmpty);
            assertEquals(expected, Words.of(text.toString()), () -> "text: " + text);
        }
    }
}
