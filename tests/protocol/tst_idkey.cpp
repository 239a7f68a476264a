// SPDX-FileCopyrightText: 2026 The MirageDesk developers
// SPDX-License-Identifier: MIT

#include "protocol/idkey.h"

#include <QTest>

using namespace mirage;

class TestIdKey : public QObject
{
    Q_OBJECT

    static std::optional<UuidBits> slowParse(const std::string &t)
    {
        if (t.size() != 36)
            return std::nullopt;
        UuidBits u;
        int nibble = 0;
        for (size_t i = 0; i < t.size(); ++i) {
            const char c = t[i];
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-')
                    return std::nullopt;
                continue;
            }
            int v = -1;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (c >= 'a' && c <= 'f')
                v = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                v = c - 'A' + 10;
            if (v < 0)
                return std::nullopt;
            uint64_t &half = nibble < 16 ? u.hi : u.lo;
            half = (half << 4) | uint64_t(v);
            ++nibble;
        }
        return u;
    }

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty: not a UUID
        QTest::newRow("lowercase") << "63b76319-68ef-4412-9dd4-bb2a13315ee2"
                                   << "63b76319-68ef-4412-9dd4-bb2a13315ee2";
        QTest::newRow("uppercase") << "63B76319-68EF-4412-9DD4-BB2A13315EE2"
                                   << "63b76319-68ef-4412-9dd4-bb2a13315ee2";
        QTest::newRow("braces") << "{63b76319-68ef-4412-9dd4-bb2a13315ee2}"
                                << "63b76319-68ef-4412-9dd4-bb2a13315ee2";
        QTest::newRow("nil") << "00000000-0000-0000-0000-000000000000"
                             << "00000000-0000-0000-0000-000000000000";
        QTest::newRow("one brace") << "{63b76319-68ef-4412-9dd4-bb2a13315ee2"
                                   << "";
        QTest::newRow("no hyphens") << "63b7631968ef44129dd4bb2a13315ee2"
                                    << "";
        QTest::newRow("bad hex") << "63b76319-68ef-4412-9dd4-bb2a13315eeg"
                                 << "";
        QTest::newRow("hyphen moved") << "63b7631-968ef-4412-9dd4-bb2a13315ee2"
                                      << "";
        QTest::newRow("too long") << "63b76319-68ef-4412-9dd4-bb2a13315ee22"
                                  << "";
        QTest::newRow("short id") << "c1"
                                  << "";
        QTest::newRow("TS id") << "TS-1699999999"
                               << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QCOMPARE(QString::fromStdString(canonicalUuid(text.toStdString())), canonical);
        QCOMPARE(parseUuid(text.toStdString()).has_value(), !canonical.isEmpty());
    }

    // Every byte at every position of a UUID, against a reading one character at a time: the
    // parser reads eight characters at once, so a lane that leaks into its neighbour would show.
    void everyByteAtEveryPosition()
    {
        const std::string base = "0123abcd-ef45-6789-ABCD-fe98dc76ba10";
        int checked = 0;
        for (size_t pos = 0; pos < base.size(); ++pos) {
            for (int byte = 0; byte < 256; ++byte) {
                std::string text = base;
                text[pos] = char(byte);
                const std::optional<UuidBits> expected = slowParse(text);
                const std::optional<UuidBits> got = parseUuid(text);
                QVERIFY2(got.has_value() == expected.has_value(), qPrintable(QStringLiteral("position %1, byte %2").arg(pos).arg(byte)));
                if (got) {
                    QCOMPARE(got->hi, expected->hi);
                    QCOMPARE(got->lo, expected->lo);
                    ++checked;
                }
            }
        }
        // 22 hex digits (0-9, a-f, A-F) at each of the 32 digit positions, and each hyphen left as it is
        QCOMPARE(checked, 32 * 22 + 4);
        QCOMPARE(QString::fromStdString(formatUuid(*parseUuid(base))), QStringLiteral("0123abcd-ef45-6789-abcd-fe98dc76ba10"));
    }

    void sameId_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("uuid case") << "d00f6246-08b5-4cc2-8db0-0c2344589691"
                                   << "D00F6246-08B5-4CC2-8DB0-0C2344589691" << true;
        QTest::newRow("uuid braces") << "{d00f6246-08b5-4cc2-8db0-0c2344589691}"
                                     << "d00f6246-08b5-4cc2-8db0-0c2344589691" << true;
        QTest::newRow("uuid differ") << "d00f6246-08b5-4cc2-8db0-0c2344589691"
                                     << "d00f6246-08b5-4cc2-8db0-0c2344589692" << false;
        QTest::newRow("text exact") << "c1"
                                    << "c1" << true;
        QTest::newRow("text case matters") << "c1"
                                           << "C1" << false;
        QTest::newRow("uuid vs text") << "d00f6246-08b5-4cc2-8db0-0c2344589691"
                                      << "d00f6246" << false;
    }
    void sameId()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(mirage::sameId(a.toStdString(), b.toStdString()), same);
        QCOMPARE(mirage::sameId(b.toStdString(), a.toStdString()), same);
    }
};

QTEST_GUILESS_MAIN(TestIdKey)
#include "tst_idkey.moc"
