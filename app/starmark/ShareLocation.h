#pragma once

#include <QStringList>

namespace starmark {

// Where the shipped data (catalogs, demo, translations) is: $STARMARK_SHARE,
// then the installed share/starmark beside the executable, then the source
// tree the build came from.
class ShareLocation {
public:
    static QString root();
    // One folder per scheme under <root>/catalogs, or the folders in $STARMARK_CATALOGS.
    static QStringList catalogFolders();
    // The tool rules, <id>.yaml: what `report` lists proposals by and `verify --recheck` derives them with.
    static QString toolRulesFolder();
};

} // namespace starmark
