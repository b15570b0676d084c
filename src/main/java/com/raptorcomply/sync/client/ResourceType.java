package com.raptorcomply.sync.client;

/** The four Raptor Comply resources this tool mirrors, with their list path and warehouse table. */
public enum ResourceType {
    FACILITY("/facilities", "facility", "facilities"),
    CONTROL_CENTER("/control-centers", "control_center", "control centers"),
    CYBER_SYSTEM("/cyber-systems", "cyber_system", "cyber systems"),
    CYBER_ASSET("/cyber-assets", "cyber_asset", "cyber assets");

    private final String path;
    private final String table;
    private final String label;

    ResourceType(String path, String table, String label) {
        this.path = path;
        this.table = table;
        this.label = label;
    }

    /** Collection path, e.g. {@code /cyber-assets}. */
    public String path() {
        return path;
    }

    /** Mirror table name in schema {@code raptor}, e.g. {@code cyber_asset}. */
    public String table() {
        return table;
    }

    /** Human label used in summaries, e.g. {@code cyber assets}. */
    public String label() {
        return label;
    }
}
