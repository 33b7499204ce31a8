#pragma once

#include <QStringView>

namespace wf {

/// GS1 mod-10 check digit over the digits before it (GTIN-8/12/13/14, SSCC, GLN).
/// Returns -1 when the input holds anything but ASCII digits or is empty.
inline int gs1CheckDigit(QStringView digitsWithoutCheck)
{
    if (digitsWithoutCheck.isEmpty())
        return -1;
    int sum = 0;
    int weight = 3; // the rightmost digit before the check digit weighs 3
    for (qsizetype i = digitsWithoutCheck.size() - 1; i >= 0; --i) {
        const QChar c = digitsWithoutCheck[i];
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        sum += (c.unicode() - '0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

/// True when the last digit is the right GS1 check digit for the ones before it.
inline bool hasValidGs1CheckDigit(QStringView code)
{
    if (code.size() < 2)
        return false;
    const int expected = gs1CheckDigit(code.first(code.size() - 1));
    return expected >= 0 && code.back() == QLatin1Char(char('0' + expected));
}

} // namespace wf
