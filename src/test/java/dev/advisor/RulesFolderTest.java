package dev.advisor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** Tests that build a rule set of their own: a fresh rules folder with the shipped catalogue and no rule files yet. */
public abstract class RulesFolderTest {
    @TempDir
    protected Path temp;
    protected Path rules;

    @BeforeEach
    void catalogueOnly() throws Exception {
        rules = TestFolders.catalogueOnlyRules(temp);
    }

    /** Writes a file below the rules folder, creating its parents. */
    protected void write(String relative, String text) throws Exception {
        TestFolders.write(rules, relative, text);
    }
}
