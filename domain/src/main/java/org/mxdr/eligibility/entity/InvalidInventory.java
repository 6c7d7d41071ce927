package org.mxdr.eligibility.entity;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.ejb.ApplicationException;

import org.mxdr.platform.BadInput;

/** An import refused as a whole; names every bad row and field, and nothing of it was stored. */
@ApplicationException(rollback = true)
public class InvalidInventory extends BadInput {
    /** How many problems the message spells out; all of them stay available in {@link #problems()}. */
    public static final int IN_MESSAGE = 50;

    private final transient List<Problem> problems;

    public InvalidInventory(boolean csv, List<Problem> problems) {
        super(problems.get(0).field(), message(csv, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String message(boolean csv, List<Problem> problems) {
        String listed = problems.stream().limit(IN_MESSAGE)
                .map(p -> (csv ? "row " + p.row() + ", " + p.field() : p.field()) + ": " + p.reason())
                .collect(Collectors.joining("; "));
        String more = problems.size() > IN_MESSAGE ? "; and " + (problems.size() - IN_MESSAGE) + " more" : "";
        return "Nothing was imported: " + problems.size() + (problems.size() == 1 ? " problem. " : " problems. ") + listed + more + ".";
    }
}
