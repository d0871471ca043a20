package dev.advisor.facts;

import java.util.List;

/** Derived: the funnel stage where conversion falls furthest below the usual rate. */
public record Bottleneck(String stage, String conversion, double rate, double typical, List<Because> because)
        implements Finding {
    @Override
    public String id() {
        return "funnel.bottleneck." + stage;
    }
}
