package org.sitrep.model;

/** What sort of actor an {@link Actor} is; the JSON form is the lower-case name. */
public enum ActorKind {
    STATE, GOVERNMENT, MILITARY, ARMED_GROUP, POLICE, CIVILIANS, INTERNATIONAL_ORG, NGO, MEDIA,
    PARTY, PERSON, ORGANIZATION;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ActorKind parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
