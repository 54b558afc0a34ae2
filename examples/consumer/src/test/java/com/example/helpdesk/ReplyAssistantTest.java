package com.example.helpdesk;

import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
