package dev.advisor.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeedMatcherTest {
    private static Benefit benefit(String name, String... answersNeeds) {
        return new Benefit(0, name, "proof", List.of(answersNeeds), List.of());
    }

    @Test
    void aNeedMatchesTheBenefitItselfInAnotherEnglishWordForm() {
        // given benefits that say the need with other endings
        Benefit fuel = benefit("Low fuel consumption: 9 l per 100 km");
        Benefit repairs = benefit("Easy repairs in the field");

        // when / then "repairs" meets "repair", and the figures do not get in the way
        assertTrue(NeedMatcher.answers(fuel, "low fuel consumption"));
        assertTrue(NeedMatcher.answers(repairs, "easy to repair"));
    }

    @Test
    void aNeedMatchesOneOfTheNeedsTheBenefitAnswers() {
        // given a benefit whose name shares nothing with the need, but which says it answers it
        Benefit hatch = benefit("Fishing hatch in the floor", "fishing all year round");

        // when / then
        assertTrue(NeedMatcher.answers(hatch, "fishing all year round"));
    }

    @Test
    void russianCaseEndingsMeet() {
        // given a benefit in the nominative
        Benefit cabin = benefit("Тёплая кабина");

        // when / then the need in the prepositional and the genitive case matches it
        assertTrue(NeedMatcher.answers(cabin, "в тёплой кабине"));
        assertTrue(NeedMatcher.answers(cabin, "тёплой кабины"));
    }

    @Test
    void aRussianNounMeetsTheVerbOfItsRoot() {
        // given / when / then "доставка" meets "доставим" and "доставят", "быстрая" meets "быстро"
        assertTrue(NeedMatcher.sayTheSame("доставка быстрая", "быстро доставим"));
        assertTrue(NeedMatcher.answers(benefit("Быстро доставят до двери"), "быстрая доставка"));
    }

    @Test
    void yoIsReadAsYe() {
        // given "всё" with ё, which the Russian stop list holds as "все"
        // when / then it is a stop word, so the phrase is all "для дома"
        assertEquals(1.0, NeedMatcher.overlap("всё для дома", "товары для дома"));
        assertTrue(NeedMatcher.sayTheSame("тёплая кабина", "теплая кабина"));
    }

    @Test
    void theEnglishWordsOfARussianPhraseAreStemmedAsEnglish() {
        // given a Russian benefit with an English term in it
        Benefit parts = benefit("Оригинальные spare parts в наличии");

        // when / then "parts" meets "part", as only the English analyzer knows
        assertTrue(NeedMatcher.answers(parts, "spare part in stock"));
    }

    @Test
    void aParaphraseThatSharesHalfOfTheShorterPhraseMatches() {
        // given benefits that say the need in other words, sharing some of its stems
        Benefit nextDay = benefit("Delivery next day across the city");
        Benefit mobile = benefit("Mobile tyre fitting at your place");
        Benefit sizes = benefit("Размерная сетка проверена на детях", "Угадать размер с первого заказа");

        // when / then "delivery" is the one specific word of "fast delivery"; "tyre fitting" is two of
        // four; "размер" and "первого" are two of four
        assertTrue(NeedMatcher.answers(nextDay, "fast delivery"));
        assertTrue(NeedMatcher.answers(mobile, "tyre fitting without going anywhere"));
        assertTrue(NeedMatcher.answers(sizes, "Попасть в размер с первого раза"));
    }

    @Test
    void aParaphraseThatSharesTooLittleDoesNotMatch() {
        // given a benefit that shares one of the four terms of the need
        Benefit mobile = benefit("Mobile tyre fitting at your place");

        // when / then
        assertFalse(NeedMatcher.answers(mobile, "tyre storage for the winter season"));
    }

    @Test
    void aBenefitInWordsWithNoSharedStemAnswersOnlyThroughTheNeedsItNames() {
        // given benefits that answer a need in words that share no stem with it
        Benefit stock = benefit("Запчасти есть на складе в каждом регионе");
        Benefit gentle = benefit("Gentle formula, no parabens");

        // when / then stems cannot tell, so the benefit has to name the need it answers
        assertFalse(NeedMatcher.answers(stock, "не простаивать в ожидании ремонта"));
        assertFalse(NeedMatcher.answers(gentle, "safe for sensitive skin"));
        assertTrue(NeedMatcher.answers(benefit(stock.benefit(), "не простаивать в ожидании ремонта"),
                "чтобы техника не простаивала в ожидании ремонта"));
        assertTrue(NeedMatcher.answers(benefit(gentle.benefit(), "safe for sensitive skin"), "safe for sensitive skin"));
    }

    @Test
    void oneSharedGenericWordDoesNotTieTwoDifferentPhrases() {
        // given / when / then praise and speed shared by phrases that say different things
        assertFalse(NeedMatcher.sayTheSame("quality customer support", "premium quality materials"));
        assertFalse(NeedMatcher.sayTheSame("quality service", "quality food"));
        assertFalse(NeedMatcher.sayTheSame("качество обслуживания", "качество продукции"));
        assertFalse(NeedMatcher.answers(benefit("Fast repair"), "fast delivery"));
        assertFalse(NeedMatcher.answers(benefit("Быстро ответим в чате"), "быстро доставим"));
    }

    @Test
    void oneSharedWordDoesNotTieTwoSegmentsThroughTheirBenefits() {
        // given two benefits "on water" and the needs of two segments "on water"
        Benefit speed = benefit("Speed up to 140 km/h on water");
        Benefit rescue = benefit("Rescue on water and thin ice");
        String extremeSportsFans = "speed on water and land";
        String rescueServices = "rescue people on water";

        // when / then each benefit serves its own segment only, and not one that moves onto ice
        assertTrue(NeedMatcher.answers(speed, extremeSportsFans));
        assertFalse(NeedMatcher.answers(speed, rescueServices));
        assertTrue(NeedMatcher.answers(rescue, rescueServices));
        assertFalse(NeedMatcher.answers(rescue, extremeSportsFans));
        assertFalse(NeedMatcher.answers(benefit("Speed up to 140 km/h on water and land"), "moves from water onto ice"));
    }

    @Test
    void aPhraseOfGenericWordsOnlyMatchesAPhraseThatSaysAllOfIt() {
        // given a need made of generic words only
        String need = "proven quality";

        // when / then the benefit that says both matches, one that says "proven" of something else does not
        assertTrue(NeedMatcher.answers(benefit("Proven quality: rescue services already use our machines"), need));
        assertFalse(NeedMatcher.answers(benefit("World brand, reliability proven for decades"), need));
    }

    @Test
    void aComparativeMeetsItsAdjective() {
        // given a competitor's USP in the superlative, which Porter does not stem
        Benefit cabin = benefit("Warm cabin you can sleep in", "warm cabin");

        // when / then
        assertTrue(NeedMatcher.answers(cabin, "The warmest cabin on the market"));
    }

    @Test
    void wordsThatOnlyStartAlikeAreDifferent() {
        // given / when / then "list" is not "listen", nor "water" "waterproof"
        assertFalse(NeedMatcher.sayTheSame("The whole school reading list in one click", "Read and listen to everything"));
        assertFalse(NeedMatcher.sayTheSame("waterproof cabin", "cabin on water"));
    }

    @Test
    void emptyNullAndFillerPhrasesNeverMatch() {
        // given a benefit and phrases with no meaningful term
        Benefit warm = benefit("A warm cabin");

        // when / then
        assertFalse(NeedMatcher.answers(warm, null));
        assertFalse(NeedMatcher.answers(warm, ""));
        assertFalse(NeedMatcher.answers(warm, "   "));
        assertFalse(NeedMatcher.answers(warm, "with more than that"));
        assertFalse(NeedMatcher.answers(new Benefit(0, null, null, null, List.of()), "warm cabin"));
        assertFalse(NeedMatcher.sayTheSame(null, null));
        assertFalse(NeedMatcher.sayTheSame("", ""));
        assertFalse(NeedMatcher.sayTheSame("и в на", "и в на"));
        assertEquals(0.0, NeedMatcher.overlap(null, "warm cabin"));
        assertEquals(0.0, NeedMatcher.overlap("", ""));
    }

    @Test
    void overlapIsTheShareOfTheShorterPhraseTheOtherSays() {
        // given / when / then
        assertEquals(1.0, NeedMatcher.overlap("warm cabin", "Warm cabin you can sleep in"));
        assertEquals(0.5, NeedMatcher.overlap("fast delivery", "Delivery next day across the city"));
        assertEquals(0.0, NeedMatcher.overlap("Warm cabin you can sleep in", "A family company since 1998"));
    }

    @Test
    void twoPhrasesSayTheSameWhenTheyShareEnoughOfTheShorterOne() {
        // given / when / then
        assertTrue(NeedMatcher.sayTheSame("Passes where no other transport passes",
                "Vehicles for places where other transport does not pass"));
        assertFalse(NeedMatcher.sayTheSame("Warm cabin you can sleep in", "A family company since 1998"));
    }
}
