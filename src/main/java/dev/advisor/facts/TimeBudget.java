package dev.advisor.facts;

/**
 * The deadline of the evaluation running on this thread, for the helpers rules call while Drools
 * matches. The engine checks its time budget after every rule firing, but a single match can run long
 * between two firings (every need of fifty segments against every benefit), and only code that runs
 * inside the match can stop it: the text helpers call {@link #check()}, and so may a rule function
 * that loops over many facts.
 */
public final class TimeBudget {
    private static final ThreadLocal<Long> DEADLINE = new ThreadLocal<>();

    private TimeBudget() {
    }

    /** Thrown when the evaluation on this thread is past its deadline; the engine reports it. */
    public static final class Exceeded extends RuntimeException {
        Exceeded() {
            super("the evaluation is past its time budget", null, false, false);
        }
    }

    /** Starts the budget of the evaluation on this thread: {@code deadline} is in {@link System#nanoTime()} terms. */
    public static void start(long deadline) {
        DEADLINE.set(deadline);
    }

    /** Ends the budget of the evaluation on this thread. */
    public static void end() {
        DEADLINE.remove();
    }

    /** Throws {@link Exceeded} when the evaluation on this thread is past its deadline; free outside one. */
    public static void check() {
        Long deadline = DEADLINE.get();
        if (deadline != null && System.nanoTime() - deadline > 0) throw new Exceeded();
    }
}
