package dev.advisor.facts;

import java.util.List;

/**
 * Derived: one check of analytics, CRM or automation maturity ({@code area}), met or not. The report
 * counts the checks met per area into its level.
 */
public record MaturityCheck(String area, String check, boolean met, String text, List<Because> because)
        implements Finding {
    @Override
    public String id() {
        return "maturity." + area + "." + check + (met ? ".met" : ".missing");
    }
}
