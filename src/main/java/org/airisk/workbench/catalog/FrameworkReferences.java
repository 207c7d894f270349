package org.airisk.workbench.catalog;

import java.util.ArrayList;
import java.util.List;

/** Where a risk appears in other frameworks: NIST AI 600-1, OWASP LLM 2025, OWASP ASI, MIT, EU AI Act. */
public record FrameworkReferences(
        List<String> nist, List<String> owaspLlm, List<String> owaspAsi, List<String> mit, List<String> euAiAct) {
    public static final FrameworkReferences NONE =
            new FrameworkReferences(List.of(), List.of(), List.of(), List.of(), List.of());

    public FrameworkReferences {
        nist = nist == null ? List.of() : List.copyOf(nist);
        owaspLlm = owaspLlm == null ? List.of() : List.copyOf(owaspLlm);
        owaspAsi = owaspAsi == null ? List.of() : List.copyOf(owaspAsi);
        mit = mit == null ? List.of() : List.copyOf(mit);
        euAiAct = euAiAct == null ? List.of() : List.copyOf(euAiAct);
    }

    /** Every reference as "Framework: id", for search and filtering. */
    public List<FrameworkReference> all() {
        List<FrameworkReference> all = new ArrayList<>();
        nist.forEach(id -> all.add(new FrameworkReference(Framework.NIST_AI_600_1, id)));
        owaspLlm.forEach(id -> all.add(new FrameworkReference(Framework.OWASP_LLM_2025, id)));
        owaspAsi.forEach(id -> all.add(new FrameworkReference(Framework.OWASP_ASI, id)));
        mit.forEach(id -> all.add(new FrameworkReference(Framework.MIT_AI_RISK_REPOSITORY, id)));
        euAiAct.forEach(id -> all.add(new FrameworkReference(Framework.EU_AI_ACT, id)));
        return all;
    }

    public enum Framework {
        NIST_AI_600_1("NIST AI 600-1"),
        OWASP_LLM_2025("OWASP LLM 2025"),
        OWASP_ASI("OWASP Agentic (ASI)"),
        MIT_AI_RISK_REPOSITORY("MIT AI Risk Repository"),
        EU_AI_ACT("EU AI Act");

        private final String label;

        Framework(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One entry of another framework, e.g. OWASP LLM 2025 "llm012025-prompt-injection". */
    public record FrameworkReference(Framework framework, String id) {
        @Override
        public String toString() {
            return framework.label() + ": " + id;
        }
    }
}
