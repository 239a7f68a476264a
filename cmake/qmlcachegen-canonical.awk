# SPDX-FileCopyrightText: 2026 The MirageDesk developers
# SPDX-License-Identifier: MIT
# Puts qmlcachegen's output in one order (cmake/qmlcachegen.cmake says why): Qt 6.4's qmlcachegen
# declares a compiled binding's registers ("QVariant r2_4;", one per line, before the first
# statement) in the order of a hash of pointers, so two runs over the same file differ in that
# order only. Each run of such lines is sorted (byte order; the caller sets LC_ALL=C). The
# declarations have no initialiser, so their order does not change the program.
function flush(   i, j, line) {
    for (i = 2; i <= n; i++) {
        line = run[i]
        for (j = i - 1; j >= 1 && run[j] > line; j--)
            run[j + 1] = run[j]
        run[j + 1] = line
    }
    for (i = 1; i <= n; i++)
        print run[i]
    n = 0
}
/^[A-Za-z_][^;=(){}]* \*?r[0-9]+_[0-9]+;$/ { run[++n] = $0; next }
{ flush(); print }
END { flush() }
