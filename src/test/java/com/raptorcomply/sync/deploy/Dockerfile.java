package com.raptorcomply.sync.deploy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The top-level {@code Dockerfile} as instructions (continuation lines joined, comments dropped). */
record Dockerfile(List<Instruction> instructions) {

    static final Path FILE = Path.of("Dockerfile");

    record Instruction(String keyword, String arguments) {
    }

    static Dockerfile read() {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : Manifests.text(FILE).split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && pending.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            String[] parts = pending.toString().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(Locale.ROOT), parts.length > 1 ? parts[1] : ""));
            pending.setLength(0);
        }
        return new Dockerfile(List.copyOf(instructions));
    }

    List<Instruction> all(String keyword) {
        return instructions.stream().filter(instruction -> instruction.keyword().equals(keyword)).toList();
    }

    /** The instructions of the last stage: what the image that runs is made of. */
    List<Instruction> finalStage() {
        int lastFrom = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                lastFrom = i;
            }
        }
        return instructions.subList(lastFrom, instructions.size());
    }

    /** The image's user as {@code uid} or {@code uid:gid}: the last USER of the final stage. */
    String user() {
        return finalStage().stream().filter(instruction -> instruction.keyword().equals("USER"))
                .reduce((first, second) -> second).map(Instruction::arguments)
                .orElseThrow(() -> new AssertionError("the final stage sets no USER: the image would run as root"));
    }

    /** The first value of a JVM option like {@code -XX:SharedArchiveFile=} in the given instructions. */
    static String option(List<Instruction> instructions, String prefix) {
        Pattern pattern = Pattern.compile(Pattern.quote(prefix) + "([^\\s\"]+)");
        for (Instruction instruction : instructions) {
            Matcher matcher = pattern.matcher(instruction.arguments());
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no " + prefix + " in " + instructions);
    }
}
