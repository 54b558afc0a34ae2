package dev.empathy.draft;

import java.util.List;
import java.util.Objects;

/**
 * A draft after one suggestion was applied, with the remaining findings moved to their new offsets.
 * Immutable and thread-safe. Findings that overlapped the edited span are dropped; check the new draft
 * again for a complete result.
 *
 * @param draft    the new draft text
 * @param findings the findings of the old draft that still apply, at offsets into the new draft
 */
public record Revision(String draft, List<Finding> findings) {
    /**
     * Creates the record, checking its components.
     *
     * @param draft the new draft text
     * @param findings the findings of the old draft that still apply, at offsets into the new draft
     */
    public Revision {
        Objects.requireNonNull(draft, "draft must not be null");
        findings = List.copyOf(findings);
    }
}
