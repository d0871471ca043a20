package dev.advisor.facts;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NeedMatcherTest {
    private static Benefit benefit(String name, String... answersNeeds) {
        return new Benefit(0, name, "proof", List.of(answersNeeds), List.of());
    }

    @Test
    void aNeedMatchesTheBenefitItselfDespiteWordEndings() {
        assertTrue(NeedMatcher.answers(benefit("Low fuel consumption: 9 l per 100 km"), "low fuel consumption"));
        assertTrue(NeedMatcher.answers(benefit("Easy repairs in the field"), "easy to repair"));
    }

    @Test
    void aNeedMatchesOneOfTheNeedsTheBenefitAnswers() {
        assertTrue(NeedMatcher.answers(benefit("Fishing hatch in the floor", "fishing all year round"), "fishing all year round"));
    }

    @Test
    void russianWordFormsMeet() {
        assertTrue(NeedMatcher.answers(benefit("Тёплая кабина", "тёплая кабина для ночёвки"), "тёплой кабины"));
    }

    @Test
    void oneSharedWordIsNotEnough() {
        // "water" alone must not tie rescue on water and speed on water together
        assertFalse(NeedMatcher.answers(benefit("Speed up to 140 km/h on water and land"), "moves from water onto ice"));
    }

    @Test
    void fillerAndShortWordsNeverMatch() {
        assertFalse(NeedMatcher.answers(benefit("Low price"), "low"));
        assertFalse(NeedMatcher.answers(benefit("A warm cabin"), "with more than that"));
    }

    @Test
    void twoPhrasesSayTheSameWhenTheShorterOnesWordsAllMatch() {
        assertTrue(NeedMatcher.sayTheSame("Passes where no other transport passes",
                "Vehicles for places where other transport does not pass"));
        assertFalse(NeedMatcher.sayTheSame("Warm cabin you can sleep in", "A family company since 1998"));
    }
}
