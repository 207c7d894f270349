package org.airisk.workbench.questionnaire;

/** How many of the shown required questions are answered. */
public record Progress(int answered, int required) {
    public Progress {
        if (answered < 0 || required < 0 || answered > required) {
            throw new IllegalArgumentException("impossible progress " + answered + "/" + required);
        }
    }

    public boolean isComplete() {
        return answered == required;
    }

    /** 0.0 to 1.0; a questionnaire with nothing required is complete. */
    public double fraction() {
        return required == 0 ? 1.0 : (double) answered / required;
    }

    public int percent() {
        return (int) Math.floor(fraction() * 100);
    }

    Progress plus(Progress other) {
        return new Progress(answered + other.answered, required + other.required);
    }
}
