package dev.advisor.facts;

import java.util.List;

/**
 * Derived: how one of the eight components of an internet-marketing system (catalogue/components.json)
 * stands: {@code present}, {@code weak} or {@code missing}, what shows it and what to do.
 */
public record ComponentStatus(String component, String status, String summary, String todo,
                              List<Because> because) implements Finding {
    @Override
    public String id() {
        return "component." + component + "." + status;
    }
}
