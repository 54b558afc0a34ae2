package com.example.helpdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.empathy.draft.DraftCheck;
import dev.empathy.draft.DraftChecker;
import dev.empathy.draft.MissingElement;
import dev.empathy.emotion.LexiconEmotionClassifier;
import org.junit.jupiter.api.Test;

class ReplyAssistantTest {

    @Test
    void readsSuggestsAndChecksThroughTheInstalledArtifacts() {
        String line = new ReplyAssistant().assist("This is the third time I'm asking and nobody answers!",
                "Please calm down, that's our policy.");
        String[] parts = line.split(" \\| ");
        assertTrue(parts.length == 3, line);
        assertTrue(!parts[0].equals("neutral"), line);
        assertTrue(!parts[1].isBlank(), line);
        assertTrue(parts[2].startsWith("score "), line);
    }

    @Test
    void runsAsANamedModuleThatSeesOnlyTheLibrariesApi() {
        Module library = DraftChecker.class.getModule();
        assertTrue(ReplyAssistant.class.getModule().isNamed(), "the consumer is a named module");
        assertEquals("dev.empathy.core", library.getName());
        assertTrue(library.isExported("dev.empathy.draft"));
        assertFalse(library.isExported("dev.empathy.internal"), "internal machinery is not exported");
        assertFalse(library.isExported("dev.empathy.internal.text"), "internal machinery is not exported");
    }

    @Test
    void theCatalogAnswersTheCheckerThroughTheModulesProvides() {
        DraftCheck check = DraftChecker.english().check("Your refund was sent.",
                LexiconEmotionClassifier.english().classify("I am so angry, my refund never came!"));
        assertTrue(check.missing().stream().map(MissingElement::suggestion).anyMatch(suggestion -> suggestion.isPresent()),
                "a missing element comes with a statement from empathy-phrases: " + check.missing());
    }
}
