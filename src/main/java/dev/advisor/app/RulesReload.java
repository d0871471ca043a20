package dev.advisor.app;

import dev.advisor.rules.RuleProblem;
import dev.advisor.rules.RuleSet;

import java.time.Duration;
import java.util.List;

/** What a reload of the rules folder did: swapped in a new rule set, found nothing changed, or refused a broken one. */
public sealed interface RulesReload {
    /** The rule set serving once the reload is over. */
    RuleSet serving();

    /** The new rule set is serving; evaluations that had started finish on {@code previousVersion}. */
    record Reloaded(RuleSet serving, String previousVersion, Duration buildTime) implements RulesReload {
    }

    /** The files hash to the version already serving: nothing was built. */
    record Unchanged(RuleSet serving) implements RulesReload {
    }

    /** The folder does not build; {@code problems} lists every error and the previous rules keep serving. */
    record Refused(RuleSet serving, List<RuleProblem> problems) implements RulesReload {
    }
}
