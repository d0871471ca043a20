package dev.advisor.facts;

import java.util.List;

/**
 * One trait of the business profile ({@code has-site}, {@code sells-through-people}, ...; the vocabulary
 * is {@code rules/catalogue/traits.json}), derived by the rules of {@code rules/profile/} from everything
 * the brief says, with the answers it rests on. Recommendation rules condition on traits instead of
 * reading the answers again, so advice that presumes a site, a sales team or months of history asks
 * for it in one way everywhere.
 */
public record Trait(String trait, List<Because> because) implements Finding {
    @Override
    public String id() {
        return "profile." + trait;
    }
}
