package dev.advisor.questionnaire;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The loaded questionnaires by id, listed in id order. */
public final class Questionnaires {
    private final Map<String, Questionnaire> byId;

    public Questionnaires(Collection<Questionnaire> questionnaires) {
        Map<String, Questionnaire> map = new TreeMap<>();
        questionnaires.forEach(q -> map.put(q.id(), q));
        this.byId = map;
    }

    public Optional<Questionnaire> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Collection<Questionnaire> all() {
        return byId.values();
    }
}
