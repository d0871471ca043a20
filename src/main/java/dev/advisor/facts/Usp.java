package dev.advisor.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Derived: the unique selling proposition for one segment, built from the benefits that answer its
 * needs. The USP is about the product; positioning is about the company.
 */
public record Usp(int segmentIndex, String segment, String proposition, List<String> benefits,
                  List<String> needs, List<Because> because) implements Finding {
    @Override
    public String id() {
        return "usp.segment." + segmentIndex;
    }


    /**
     * The proposition as an offer to the segment: what they need, then what the product gives them with its
     * proof. Russian briefs get Russian joining words, so the sentence reads in the language of the answers.
     */
    static String offer(String segment, List<String> needs, List<String> benefits) {
        boolean russian = (segment + benefits).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        String and = russian ? " и " : " and ";
        String gives = joined(benefits.stream().map(Sentences::lowerFirst).toList(), and);
        if (needs.isEmpty()) return segment + ": " + Sentences.upperFirst(gives) + ".";
        String wants = joined(needs.stream().map(Sentences::lowerFirst).toList(), and);
        return russian ? segment + ": вам важно " + wants + ", и у нас " + gives + "."
                       : segment + ": you need " + wants + ", and we give you " + gives + ".";
    }

    private static String joined(List<String> items, String and) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.get(items.size() - 1);
    }

    /** Builds the proposition from what serves the segment, benefits in the order the brief lists them. */
    public static Usp of(Segment segment, List<NeedServed> served) {
        List<NeedServed> ordered = new ArrayList<>(served);
        ordered.sort((a, b) -> Integer.compare(a.benefit().index(), b.benefit().index()));
        Set<Benefit> benefits = new LinkedHashSet<>();
        Set<String> needs = new LinkedHashSet<>();
        List<Because> because = new ArrayList<>();
        for (NeedServed s : ordered) {
            if (benefits.add(s.benefit())) {
                because.add(new Because("benefits[" + s.benefit().index() + "].benefit", s.benefit().benefit()));
            }
            if (s.need() != null) needs.add(s.need());
        }
        for (String need : segment.needs()) {
            if (needs.contains(need)) because.add(new Because("segments[" + segment.index() + "].needs", need));
        }
        List<String> parts = new ArrayList<>();
        for (Benefit b : benefits) parts.add(b.proven() ? b.benefit() + " (" + b.proof() + ")" : b.benefit());
        List<String> answered = segment.needs().stream().filter(needs::contains).limit(2).toList();
        String proposition = offer(segment.name(), answered, parts);
        return new Usp(segment.index(), segment.name(), proposition,
                benefits.stream().map(Benefit::benefit).toList(),
                segment.needs().stream().filter(needs::contains).toList(), List.copyOf(because));
    }
}
