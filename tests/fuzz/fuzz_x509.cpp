// SPDX-License-Identifier: GPL-3.0-or-later
// What an examiner's verify-export feeds to OpenSSL from an export folder it
// does not trust: CMS signatures, RFC 3161 requests and replies, PEM keys and
// certificates, PKCS#12 files. The first byte chooses the parser; any input
// gives a result or a crypto::Error, and a CMS "valid" result names a signer.
#include "crypto/Ed25519.h"
#include "crypto/Error.h"
#include "crypto/X509.h"

#include <cstdlib>

using namespace custodia::crypto;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) {
        return 0;
    }
    const std::span<const std::uint8_t> in(data + 1, size - 1);
    const std::string text(in.begin(), in.end());
    const std::string content = "{\"format\":\"custodia-police-export/1\"}\n";
    try {
        switch (data[0] % 5) {
            case 0: {
                const auto c = x509::verifyDetached(in, asBytes(content), std::nullopt);
                if (c.signatureValid && !c.signer) {
                    std::abort();
                }
                break;
            }
            case 1: {  // two bytes of request length, the request, then the reply
                if (in.size() < 2) {
                    break;
                }
                const std::size_t n = std::min<std::size_t>((in[0] << 8U) | in[1], in.size() - 2);
                const auto tsq = in.subspan(2, n);
                const auto tsr = in.subspan(2 + n);
                (void)x509::verifyTimestamp(tsr, tsq, Sha256::of(content), std::nullopt);
                break;
            }
            case 2:
                (void)x509::readPkcs12(in, SecureBuffer::copyOf(std::string_view("p12pass")));
                break;
            case 3:
                (void)x509::describeCertificate(text);
                break;
            default:
                (void)ed25519PublicKeyFromPem(text);
                break;
        }
    } catch (const Error&) {
    }
    return 0;
}
