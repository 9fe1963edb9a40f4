package org.spplus.platform.core.tenancy.definition;

/**
 * One thing wrong in a definition file, said so that its author can fix it: which file, which field
 * (a dotted path such as {@code organisation.children[2].departement}) and what is wrong, in French.
 */
public record DefinitionProblem(String file, String field, String message) {

    @Override
    public String toString() {
        return file + " : " + (field == null || field.isEmpty() ? "" : "champ « " + field + " » : ") + message;
    }
}
