package dev.advisor.facts;

import java.util.List;

/** Derived: something in the answers that calls for one of the audits of catalogue/audits.json. */
public record AuditNeed(String audit, String reason, List<Because> because) implements Finding {
    @Override
    public String id() {
        return "audit." + audit;
    }
}
