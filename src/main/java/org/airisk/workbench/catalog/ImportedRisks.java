package org.airisk.workbench.catalog;

import java.util.List;

/** Where risks imported from Atlas files are kept between runs. */
public interface ImportedRisks {
    List<Risk> all();

    /** Saves all of them in one transaction, replacing earlier imports of the same ids; all or nothing. */
    void saveAll(List<Risk> risks);
}
