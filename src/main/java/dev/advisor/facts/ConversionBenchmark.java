package dev.advisor.facts;

import java.util.Collection;
import java.util.List;

/**
 * The usual monthly funnel conversions of one kind of business, from {@code rules/catalogue/benchmarks.json}:
 * visitor to lead, lead to first-time customer, and repeat customers against new customers a month, as
 * fractions (0.02 is 2%), in the units of the {@link Conversion} facts they are compared with.
 *
 * <p>A kind is selected by the business-profile traits in {@code selectingTraits} (all of them) or by a
 * keyword of the business-model text ({@link #describes}); when several kinds are selected the lowest
 * {@code order} wins, and the one kind with neither traits nor keywords is the fallback for every other
 * business.
 */
public record ConversionBenchmark(String kind, int order, String nameEn, String nameRu,
                                  List<String> selectingTraits, List<String> keywords,
                                  Figure visitorToLead, Figure leadToCustomer, Figure customerToRepeat) {

    /** One usual rate, a fraction from 0 to 1, and where such a figure comes from. */
    public record Figure(double rate, String source) {
    }

    /** Whether the business holds every selecting trait; false for a kind that no trait selects. */
    public boolean selectedBy(Collection<String> traits) {
        return !selectingTraits.isEmpty() && traits.containsAll(selectingTraits);
    }

    /**
     * Whether a word of {@code text} (as {@link Words} splits it: lower case, "ё" read as "е") is one of the
     * keywords; a keyword ending in {@code *} matches every word it begins ("ресторан*" matches "ресторана"),
     * so that one entry covers a Russian word's endings while "кафе" stays clear of "кафель".
     */
    public boolean describes(String text) {
        for (String word : Words.of(text)) {
            for (String keyword : keywords) {
                boolean matches = keyword.endsWith("*")
                        ? word.startsWith(keyword.substring(0, keyword.length() - 1))
                        : word.equals(keyword);
                if (matches) return true;
            }
        }
        return false;
    }
}
