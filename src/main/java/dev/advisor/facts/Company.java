package dev.advisor.facts;

import java.util.List;

/**
 * The business as the brief describes it. Booleans are {@code null} when the question was not
 * answered, so rules can tell "no" from "unknown".
 */
public record Company(String name, String customerType, List<String> salesChannels,
                      Integer dealLengthDays, String seasonality,
                      Boolean hasCrm, Boolean crmLinkedToOnlineOrders, List<String> crmRecords,
                      Boolean hasIpTelephony, Boolean telephonyLinkedToCrm, Boolean callsRecorded,
                      String clvKnown, Boolean hasWebAnalytics, Double onlineBudgetMonthly,
                      String internetRevenueSource, Boolean audienceKnown,
                      List<String> nonCustomers, Integer monthsOperating, String purchasePattern,
                      Integer searchDemandMonthly) {
}
