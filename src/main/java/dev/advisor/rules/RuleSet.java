package dev.advisor.rules;

import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSessionsPool;

import java.util.List;
import java.util.Map;

/**
 * A built rule set: the compiled, shared and thread-safe {@link KieBase}, where each rule is written,
 * the catalogue facts, and {@code version}, a hash of every file, so a report says which rules made it.
 * {@code compiled} maps each rule object of the KieBase to its place, so the trace of an evaluation
 * finds it without building a key per firing. {@code sessions} hands out the sessions of this KieBase:
 * a session disposed goes back to it reset (working memory, agenda, listeners, globals all cleared),
 * and the next evaluation reuses its node memories instead of building them again, which is most of
 * what a new session costs on a large rule base.
 */
public record RuleSet(String root, String version, KieBase kieBase, List<RuleFile> files,
                      Map<String, RuleLocation> rules, Catalogue catalogue, Map<Rule, RuleLocation> compiled,
                      KieSessionsPool sessions) {

    /** A rule file and the names of the rules it holds, in file order. */
    public record RuleFile(String file, String packageName, List<String> rules) {
    }

    /** Where the rule {@code name} of package {@code packageName} is written. */
    public RuleLocation locate(String packageName, String name) {
        RuleLocation location = rules.get(key(packageName, name));
        return location != null ? location : new RuleLocation(name, "?", 0);
    }

    /** Where a rule of this rule set's KieBase is written. */
    public RuleLocation locate(Rule rule) {
        RuleLocation location = compiled.get(rule);
        return location != null ? location : locate(rule.getPackageName(), rule.getName());
    }

    static String key(String packageName, String name) {
        return packageName + "\u0000" + name;
    }
}
