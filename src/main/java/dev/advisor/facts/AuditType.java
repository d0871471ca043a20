package dev.advisor.facts;

/** An audit of the digital set-up, from {@code rules/catalogue/audits.json}, and what it checks. */
public record AuditType(String id, int order, String nameEn, String nameRu, String checks) {
}
