package dev.advisor.facts;

import java.util.List;

/**
 * Something of the business other than a listed marketing tool that meets customers at a funnel stage:
 * the sales department or a counter closing the sale, an online shop's checkout, dealers, a mailing to
 * the customer base. The funnel counts these with the tools, so a business whose people close every sale
 * is not told that nothing meets its customers at purchase.
 */
public record StageMeans(String stage, String means, String name, List<Because> because) implements Finding {
    @Override
    public String id() {
        return "funnel.means." + stage + "." + means;
    }
}
