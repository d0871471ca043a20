package dev.advisor.facts;

import java.util.List;

/**
 * Derived: a conversion rate from the funnel figures ({@code name} such as {@code visitor_to_lead}),
 * the stage it measures and the rate usual for such a business, to compare against.
 */
public record Conversion(String name, String stage, double rate, double typical, List<Because> because)
        implements Finding {
    @Override
    public String id() {
        return "funnel.conversion." + name;
    }
}
