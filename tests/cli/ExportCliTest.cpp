// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 4 end to end: the police export of a real case, checked with the
// standard tools (sha256sum, openssl cms / ts / pkeyutl, age, unzip,
// pdftotext, zbarimg) against a test CA, school certificate and time-stamping
// authority made with openssl at test time; then every kind of tampering.
#include "support/CliFixture.h"

#include "vault/Export.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace custodia::test;
namespace fs = std::filesystem;

namespace {

std::string readText(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeText(const fs::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
}

std::string q(const fs::path& p) {
    return "'" + p.string() + "'";
}

// A test PKI: a root CA, the school's certificate (PKCS#12, password
// "p12pass") and a time-stamping authority with its openssl ts config.
struct Pki {
    explicit Pki(const TempDir& tmp) : dir(tmp / "pki") {
        fs::create_directories(dir);
        const std::string d = q(dir);
        shell("cd " + d +
              " && openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 3650"
              " -subj '/C=IT/O=Test CA/CN=Test Root CA' 2>/dev/null"
              " && openssl req -newkey rsa:2048 -nodes -keyout school.key -out school.csr"
              " -subj '/C=IT/O=IC Test/CN=Dirigente IC Test' 2>/dev/null"
              " && printf 'keyUsage=critical,digitalSignature,nonRepudiation\\n' > school.ext"
              " && openssl x509 -req -in school.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out school.pem"
              " -days 365 -extfile school.ext 2>/dev/null"
              " && openssl pkcs12 -export -inkey school.key -in school.pem -certfile ca.pem -out school.p12"
              " -passout pass:p12pass"
              " && openssl req -newkey rsa:2048 -nodes -keyout tsa.key -out tsa.csr"
              " -subj '/C=IT/O=Test TSA/CN=Test TSA' 2>/dev/null"
              " && printf 'keyUsage=critical,digitalSignature\\nextendedKeyUsage=critical,timeStamping\\n' > tsa.ext"
              " && openssl x509 -req -in tsa.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out tsa.pem"
              " -days 365 -extfile tsa.ext 2>/dev/null"
              " && echo 01 > tsaserial"
              " && openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other-ca.pem -days 30"
              " -subj '/CN=Another CA' 2>/dev/null");
        writeText(dir / "tsa.cnf",
                  "[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\nserial = ./tsaserial\n"
                  "signer_cert = ./tsa.pem\ncerts = ./ca.pem\nsigner_key = ./tsa.key\nsigner_digest = sha256\n"
                  "default_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\ness_cert_id_alg = sha256\n");
    }
    // The authority's reply to a request, made by `openssl ts -reply`.
    fs::path reply(const fs::path& tsq, const std::string& name) const {
        shell("cd " + q(dir) + " && openssl ts -reply -config tsa.cnf -queryfile " + q(tsq) + " -out " + name +
              " 2>/dev/null");
        return dir / name;
    }
    fs::path dir;
};

// A case as a referente builds it: a victim, an alleged author and a witness,
// an interview with a memo, photos, a screenshot and a video acquired in it,
// and a physical item in a sealed envelope.
struct ExportCase {
    ExportCase() : media(makeMedia(v.tmp)) {
        v.openCase();
        auto r = v.ref({"person", "add", v.dir, "1", "--name", "Giulia", "--surname", "Neri", "--class", "2B", "--role",
                        "vittima", "--sex", "F", "--phone", "+39 333 111 2222", "--guardian",
                        "Anna Neri|madre|+39 333 999 8888|anna@example.org"});
        REQUIRE(r.exitCode == 0);
        r = v.ref({"person", "add", v.dir, "1", "--name", "Marco", "--surname", "Blu", "--nickname", "Il Boss",
                   "--class", "3A", "--role", "presunto-autore"});
        REQUIRE(r.exitCode == 0);
        r = v.ref({"person", "add", v.dir, "1", "--name", "Sara", "--surname", "Gialli", "--role", "testimone",
                   "--phone", "+39 333 444 5555"});
        REQUIRE(r.exitCode == 0);
        r = v.ref({"interview", "add", v.dir, "1", "--date", "20/11/2026 10:30", "--held-by", "Maria Rossi", "--adult",
                   "Prof. Verdi", "--student", "1", "--memo", "La studentessa mostra la chat del gruppo.", "--quote",
                   "mi scrivono di notte", "--protocol", "2026/124", "--advised-not-share"});
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        const std::vector<std::string> r4{"--interview",   "1",
                                          "--posted-at",   "2026-11-19 21:04",
                                          "--platform",    "WhatsApp",
                                          "--place",       "Gruppo 2B",
                                          "--participant", "Luca|+39 333 000 1111|@luca",
                                          "--description", "Insulti nella chat"};
        jpeg = v.ingest(media.jpeg, r4);
        png = v.ingest(media.png, {"--kind", "screenshot", "--interview", "1"});
        mp4 = v.ingest(media.mp4);
        r = v.ref({"physical", "add", v.dir, "1", "--description", "Biglietto", "--seal", "B-12", "--kept-at",
                   "Cassaforte presidenza", "--authorized-by", "ds"});
        REQUIRE(r.exitCode == 0);
    }

    Result exportTo(const fs::path& to, const std::vector<std::string>& extra = {}) {
        std::vector<std::string> args{"export", "police", v.dir, "1", "--to", to.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return v.ref(args);
    }

    Result verify(const fs::path& dir, const std::vector<std::string>& extra = {}) {
        std::vector<std::string> args{"verify-export", dir.string()};
        args.insert(args.end(), extra.begin(), extra.end());
        return runCli(args);
    }

    CliVault v;
    Media media;
    std::string jpeg, png, mp4;
};

bool has(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

// verify-export of a copy of `out` changed by `change`: it must fail, with
// a report and no error; returns the report.
std::string verifyChanged(ExportCase& c, const fs::path& out, const std::string& name,
                          const std::function<void(const fs::path&)>& change) {
    const fs::path copy = c.v.tmp / ("changed-" + name);
    fs::copy(out, copy, fs::copy_options::recursive);
    change(copy);
    const auto r = c.verify(copy);
    INFO(name << "\n" << r.out << r.err);
    CHECK(r.exitCode == 2);
    CHECK(has(r.out, "FAILED"));
    CHECK(r.err.empty());
    return r.out;
}

// The path in the export of an item's file, from the manifest.
std::string fileOf(const fs::path& out, const std::string& itemId) {
    const auto m = nlohmann::json::parse(readText(out / "manifest.json"));
    for (const auto& f : m["files"]) {
        if (f.value("role", "") == "evidence" && f.value("item", "") == itemId) {
            return f["path"];
        }
    }
    FAIL("no file for item " << itemId);
    return {};
}

std::string sha256Of(const fs::path& p) {
    return shell("sha256sum " + q(p) + " | cut -d' ' -f1").substr(0, 64);
}

}  // namespace

TEST_CASE("a police export passes sha256sum, openssl cms, openssl ts and verify-export", "[cli][export][R8]") {
    ExportCase c;
    Pki pki(c.v.tmp);
    auto r = c.v.as("ds", {"config", "signing-cert", c.v.dir, (pki.dir / "school.p12").string()}, "p12pass\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "CN=Dirigente IC Test"));

    const fs::path out = c.v.tmp / "consegna";
    r = c.exportTo(out, {"--officer", "Mario Rossi", "--rank", "Ispettore", "--badge", "12345", "--office",
                         "Polizia Postale di Udine", "--medium", "chiavetta USB 32 GB"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "CMS by the school's certificate"));
    CHECK(has(r.err, "plaintext"));  // the one place plaintext leaves the vault says so

    // Every file, with the standard tool.
    const auto sums =
        run({"/usr/bin/sha256sum", "-c", "--strict", "SHA256SUMS"}, {.input = {}, .env = {}, .cwd = out.string()});
    INFO(sums.out << sums.err);
    CHECK(sums.exitCode == 0);
    // The evidence is the original bytes.
    const auto manifest = nlohmann::json::parse(readText(out / "manifest.json"));
    int evidence = 0;
    for (const auto& f : manifest["files"]) {
        if (f["role"] == "evidence") {
            ++evidence;
            const auto meta =
                nlohmann::json::parse(readText(out / ("metadati/reperti/" + f["item"].get<std::string>() + ".json")));
            CHECK(sha256Of(out / f["path"].get<std::string>()) == meta["sha256"]);
        }
    }
    CHECK(evidence == 3);
    CHECK(sha256Of(out / fileOf(out, c.jpeg)) == sha256Of(c.media.jpeg));
    CHECK(fileOf(out, c.jpeg).find("-foto.jpg") != std::string::npos);
    // The school's signature, with openssl.
    auto cms = run({"/usr/bin/openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in",
                    (out / "manifest.json.p7s").string(), "-content", (out / "manifest.json").string(), "-CAfile",
                    (pki.dir / "ca.pem").string(), "-out", "/dev/null"});
    INFO(cms.err);
    CHECK(cms.exitCode == 0);
    // The exporter's Ed25519 signature, with openssl.
    auto ed = run({"/usr/bin/openssl", "pkeyutl", "-verify", "-pubin", "-inkey",
                   (out / "manifest.json.ed25519.pem").string(), "-rawin", "-in", (out / "manifest.json").string(),
                   "-sigfile", (out / "manifest.json.ed25519.sig").string()});
    CHECK(ed.exitCode == 0);
    // A local RFC 3161 authority answers the request; the token attaches and verifies.
    const fs::path tsr = pki.reply(out / "manifest.json.tsq", "reply.tsr");
    r = runCli({"export", "timestamp", out.string(), tsr.string(), "--tsa-ca", (pki.dir / "ca.pem").string()});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.out, "CN=Test TSA"));
    auto ts = run({"/usr/bin/openssl", "ts", "-verify", "-in", (out / "manifest.json.tsr").string(), "-data",
                   (out / "manifest.json").string(), "-CAfile", (pki.dir / "ca.pem").string()});
    INFO(ts.out << ts.err);
    CHECK(ts.exitCode == 0);
    // A reply for another request does not attach.
    writeText(c.v.tmp / "other.txt", "not the manifest");
    shell("cd " + q(pki.dir) + " && openssl ts -query -data " + q(c.v.tmp / "other.txt") +
          " -sha256 -cert -out other.tsq 2>/dev/null");
    const fs::path otherReply = pki.reply(pki.dir / "other.tsq", "other.tsr");
    const fs::path out2 = c.v.tmp / "copia";
    fs::copy(out, out2, fs::copy_options::recursive);
    fs::remove(out2 / "manifest.json.tsr");
    r = runCli({"export", "timestamp", out2.string(), otherReply.string()});
    CHECK(r.exitCode == 2);
    CHECK_FALSE(fs::exists(out2 / "manifest.json.tsr"));

    // Custodia's own offline check, with the trust anchors.
    r = c.verify(out, {"--ca", (pki.dir / "ca.pem").string(), "--tsa-ca", (pki.dir / "ca.pem").string()});
    INFO(r.out);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "PASSED"));
    CHECK(has(r.out, "OK    CMS signature"));
    CHECK(has(r.out, "OK    time stamp"));
    CHECK(has(r.out, "OK    evidence since acquisition: 3 evidence files"));
    CHECK(has(r.out, "PASSED: the export is complete and unaltered"));  // the CA vouches for it
    // Without the school's signature, the CA given cannot vouch: a failure.
    const fs::path unsigned_ = c.v.tmp / "senza-firma";
    fs::copy(out, unsigned_, fs::copy_options::recursive);
    fs::remove(unsigned_ / "manifest.json.p7s");
    r = c.verify(unsigned_, {"--ca", (pki.dir / "ca.pem").string()});
    CHECK(r.exitCode == 2);
    CHECK(has(r.out, "MISSING  manifest.json.p7s"));
    // A CA that did not issue the school's certificate fails the chain.
    r = c.verify(out, {"--ca", (pki.dir / "other-ca.pem").string()});
    CHECK(r.exitCode == 2);
    CHECK(has(r.out, "FAIL  CMS signature"));

    // The handover is a custody event; the verbale prints its entry hash and
    // a QR code of the manifest hash.
    const auto log = c.v.json({"log", c.v.dir, "1"});
    const auto& last = log.back();
    CHECK(last["action"] == "export.police");
    CHECK(last["details"]["manifest_sha256"] == sha256Of(out / "manifest.json"));
    CHECK(last["details"]["officer"]["name"] == "Mario Rossi");
    const std::string verbale = shell("pdftotext -layout " + q(out / "verbale-di-consegna.pdf") + " -");
    CHECK(has(verbale, "VERBALE DI CONSEGNA"));
    CHECK(has(verbale, "Mario Rossi"));
    CHECK(has(verbale, "Polizia Postale di Udine"));
    CHECK(has(verbale, "chiavetta USB 32 GB"));
    CHECK(has(verbale, last["entry_hash"].get<std::string>().substr(0, 32)));
    CHECK(has(verbale, "Chi riceve"));
    shell("pdftoppm -r 150 -png -f 1 -l 1 " + q(out / "verbale-di-consegna.pdf") + " " + q(c.v.tmp / "verbale"));
    const std::string qr = shell("zbarimg -q --raw " + q(c.v.tmp / "verbale-1.png") + " 2>/dev/null");
    CHECK(qr.substr(0, 64) == sha256Of(out / "manifest.json"));
    // The Segnalazione has every field of the form, filled from the case.
    const std::string seg = shell("pdftotext -layout " + q(out / "documenti" / "segnalazione.pdf") + " -");
    for (const char* field :
         {"artt. 331 e 332 c.p.p.", "Dati del denunciante", "Circostanze/modalità di acquisizione",
          "Esposizione degli elementi fondamentali del fatto", "Scheda di segnalazione riguardo al minorenne",
          "Composizione nucleo", "Generalità dei genitori", "Figura di riferimento", "Allegati", "Giulia Neri",
          "Anna Neri", "Marco Blu", "Sara Gialli", "mi scrivono di notte", "B-12"}) {
        INFO(field);
        CHECK(has(seg, field));
    }
    // The examiner's guide travels with the export.
    CHECK(readText(out / "VERIFICA.md") == readText(fs::path(CUSTODIA_SOURCE_DIR) / "docs" / "verifica-export.md"));
    const std::string memos = shell("pdftotext " + q(out / "documenti" / "memorie-colloqui.pdf") + " -");
    CHECK(has(memos, "La studentessa mostra la chat del gruppo."));
    CHECK(has(memos, "2026/124"));
}

TEST_CASE("verify-export names every kind of tampering", "[cli][export][R8]") {
    ExportCase c;
    const fs::path out = c.v.tmp / "consegna";
    REQUIRE(c.exportTo(out).exitCode == 0);
    REQUIRE(c.verify(out).exitCode == 0);

    auto tampered = [&](const std::string& name, const std::function<void(const fs::path&)>& change) {
        return verifyChanged(c, out, "t-" + name, change);
    };
    const std::string item = fileOf(out, c.jpeg);
    auto o = tampered("item", [&](const fs::path& d) {
        auto bytes = readText(d / item);
        bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
        writeText(d / item, bytes);
    });
    CHECK(has(o, "ALTERED  " + item));
    o = tampered("manifest", [&](const fs::path& d) {
        auto m = readText(d / "manifest.json");
        m.replace(m.find("\"title\""), 7, "\"titlf\"");
        writeText(d / "manifest.json", m);
    });
    CHECK(has(o, "FAIL  Ed25519 signature"));
    CHECK(has(o, "ALTERED  manifest.json"));
    CHECK(has(o, "FAIL  handover entry"));
    o = tampered("log-entry", [&](const fs::path& d) {
        auto j = nlohmann::json::parse(readText(d / "registro/registro.json"));
        std::string canonical = j["entries"][1]["canonical"];
        canonical.replace(canonical.find("\"time\":\"2"), 9, "\"time\":\"1");
        j["entries"][1]["canonical"] = canonical;
        writeText(d / "registro/registro.json", j.dump(1) + "\n");
    });
    CHECK(has(o, "ALTERED  registro/registro.json"));
    CHECK(has(o, "entry_hash is not the SHA-256 of its canonical text"));
    o = tampered("proof", [&](const fs::path& d) {
        auto j = nlohmann::json::parse(readText(d / "registro/registro.json"));
        std::string h = j["entries"][0]["inclusion_proof"][0];
        h[0] = h[0] == '0' ? '1' : '0';
        j["entries"][0]["inclusion_proof"][0] = h;
        writeText(d / "registro/registro.json", j.dump(1) + "\n");
    });
    CHECK(has(o, "inclusion proof does not lead to the signed tree head"));
    o = tampered("signature", [&](const fs::path& d) {
        auto s = readText(d / "manifest.json.ed25519.sig");
        s[10] = static_cast<char>(s[10] ^ 0x80);
        writeText(d / "manifest.json.ed25519.sig", s);
    });
    CHECK(has(o, "FAIL  Ed25519 signature"));
    CHECK(has(o, "ALTERED  manifest.json.ed25519.sig"));
    o = tampered("removed", [&](const fs::path& d) { fs::remove(d / "metadati" / "persone.json"); });
    CHECK(has(o, "MISSING  metadati/persone.json"));
    o = tampered("added", [&](const fs::path& d) { writeText(d / "reperti" / "aggiunto.jpg", "extra"); });
    CHECK(has(o, "EXTRA    reperti/aggiunto.jpg"));
    o = tampered("handover", [&](const fs::path& d) { fs::remove(d / "registro" / "consegna.json"); });
    CHECK(has(o, "MISSING  registro/consegna.json"));
    // Replaced consistently (file, manifest and sums): the signature catches it.
    o = tampered("replaced", [&](const fs::path& d) {
        writeText(d / item, "not the photo");
        const std::string newHash = sha256Of(d / item);
        const std::string oldHash = sha256Of(out / item);
        for (const char* f : {"manifest.json", "SHA256SUMS"}) {
            auto t = readText(d / f);
            t.replace(t.find(oldHash), 64, newHash);
            writeText(d / f, t);
        }
    });
    CHECK(has(o, "FAIL  Ed25519 signature"));
    CHECK(has(o, "is not the content acquired"));
}

TEST_CASE("verify-export is anchored by the manifest hash of the paper verbale", "[cli][export][R8]") {
    ExportCase c;
    const fs::path out = c.v.tmp / "consegna";
    REQUIRE(c.exportTo(out).exitCode == 0);
    auto r = c.verify(out);
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "PASSED, NOT AUTHENTICATED"));
    const std::string hash = sha256Of(out / "manifest.json");
    r = c.verify(out, {"--manifest-sha256", hash});
    CHECK(r.exitCode == 0);
    CHECK(has(r.out, "PASSED: the export is complete and unaltered"));
    std::string other = hash;
    other[0] = other[0] == 'a' ? 'b' : 'a';
    r = c.verify(out, {"--manifest-sha256", other});
    CHECK(r.exitCode == 2);
    CHECK(has(r.out, "FAIL  manifest SHA-256"));
    const auto j =
        nlohmann::json::parse(runCli({"--json", "verify-export", out.string(), "--manifest-sha256", hash}).out);
    CHECK(j["passed"] == true);
    CHECK(j["authenticated"] == true);
}

TEST_CASE("verify-export reports damaged files instead of failing on them", "[cli][export]") {
    ExportCase c;
    const fs::path out = c.v.tmp / "consegna";
    REQUIRE(c.exportTo(out).exitCode == 0);
    auto check = [&](const std::string& name, const std::function<void(const fs::path&)>& change) {
        return verifyChanged(c, out, "d-" + name, change);
    };
    int variant = 0;
    for (const std::string& file : {std::string("manifest.json"), std::string("registro/registro.json"),
                                    std::string("registro/testa-albero.json"), std::string("registro/consegna.json"),
                                    std::string("registro/custodia.json")}) {
        for (const std::string& text : {std::string("{\"files\": [1], \"case\": 5, \"entries\": [7, {}]}"),
                                        std::string("[]"), std::string(""), std::string("\xff\xfe")}) {
            (void)check("variant" + std::to_string(++variant), [&](const fs::path& d) { writeText(d / file, text); });
        }
    }
    (void)check("empty-sig", [](const fs::path& d) { writeText(d / "manifest.json.ed25519.sig", ""); });
    (void)check("empty-tsr", [](const fs::path& d) { writeText(d / "manifest.json.tsr", ""); });
    auto o = check("fifo", [](const fs::path& d) { shell("mkfifo '" + (d / "reperti" / "pipe").string() + "'"); });
    CHECK(has(o, "EXTRA    reperti/pipe"));
    // What the manifest cannot list is checked too: the verbale removed with its
    // line of SHA256SUMS, a request for another file.
    o = check("no-verbale", [](const fs::path& d) {
        fs::remove(d / "verbale-di-consegna.pdf");
        shell("cd '" + d.string() + "' && grep -v verbale-di-consegna SHA256SUMS > s && mv s SHA256SUMS");
    });
    CHECK(has(o, "MISSING  verbale-di-consegna.pdf"));
    CHECK(has(o, "FAIL  SHA256SUMS signature"));
    o = check("other-tsq", [](const fs::path& d) {
        shell("cd '" + d.string() +
              "' && openssl ts -query -data LEGGIMI.txt -sha256 -cert -out manifest.json.tsq"
              " 2>/dev/null && sha256sum -c SHA256SUMS >/dev/null 2>&1; grep -v manifest.json.tsq SHA256SUMS > s;"
              " sha256sum manifest.json.tsq >> s; mv s SHA256SUMS");
    });
    CHECK(has(o, "FAIL  time-stamp request"));
}

TEST_CASE("a second export proves the log only grew, and a zip holds the same files", "[cli][export]") {
    ExportCase c;
    REQUIRE(c.exportTo(c.v.tmp / "prima").exitCode == 0);
    REQUIRE(c.v.ref({"case", "show", c.v.dir, "1"}).exitCode == 0);  // more entries since
    const fs::path second = c.v.tmp / "seconda";
    const auto r = c.exportTo(second, {"--zip"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto first = nlohmann::json::parse(readText(c.v.tmp / "prima" / "manifest.json"));
    const auto m = nlohmann::json::parse(readText(second / "manifest.json"));
    CHECK(m["previous_export"]["export_id"] == first["export_id"]);
    const auto coherence = nlohmann::json::parse(readText(second / "registro" / "coerenza.json"));
    CHECK(coherence["old_root"] == first["tree_head"]["root_hash"]);
    CHECK(coherence["new_size"].get<int>() > coherence["old_size"].get<int>());
    auto v = c.verify(second);
    INFO(v.out);
    CHECK(v.exitCode == 0);
    CHECK(has(v.out, "OK    consistency proof"));

    const fs::path zip = c.v.tmp / "seconda.zip";
    REQUIRE(fs::exists(zip));
    CHECK(run({"/usr/bin/unzip", "-tq", zip.string()}).exitCode == 0);
    const fs::path unpacked = c.v.tmp / "unzipped";
    fs::create_directories(unpacked);
    REQUIRE(run({"/usr/bin/unzip", "-q", zip.string(), "-d", unpacked.string()}).exitCode == 0);
    v = c.verify(unpacked / "seconda");
    CHECK(v.exitCode == 0);

    // A forged old root does not pass.
    auto t = readText(second / "registro" / "coerenza.json");
    const std::string root = coherence["old_root"];
    t.replace(t.find(root), 4, root[0] == 'a' ? "bbbb" : "aaaa");
    writeText(second / "registro" / "coerenza.json", t);
    v = c.verify(second);
    CHECK(v.exitCode == 2);
    CHECK(has(v.out, "FAIL  consistency proof"));
}

TEST_CASE("evidence can be exported as age files for the examiner's key", "[cli][export][age]") {
    ExportCase c;
    shell("age-keygen -o " + q(c.v.tmp / "examiner.txt") + " 2>/dev/null");
    const std::string recipient = shell("age-keygen -y " + q(c.v.tmp / "examiner.txt"));
    const fs::path out = c.v.tmp / "cifrato";
    const auto r = c.exportTo(out, {"--recipient", recipient.substr(0, recipient.find('\n'))});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(has(r.err, "plaintext"));
    const std::string file = fileOf(out, c.jpeg);
    CHECK(file.substr(file.size() - 4) == ".age");
    REQUIRE(fs::exists(out / file));
    const auto dec = run({"/usr/bin/age", "-d", "-i", (c.v.tmp / "examiner.txt").string(), "-o",
                          (c.v.tmp / "foto.jpg").string(), (out / file).string()});
    INFO(dec.err);
    REQUIRE(dec.exitCode == 0);
    CHECK(sha256Of(c.v.tmp / "foto.jpg") == sha256Of(c.media.jpeg));
    CHECK(c.verify(out).exitCode == 0);
    const auto m = nlohmann::json::parse(readText(out / "manifest.json"));
    CHECK(m["evidence_protection"] == "age-recipient");
    CHECK(c.exportTo(c.v.tmp / "x", {"--recipient", "age1notakey"}).exitCode == 1);
}

TEST_CASE("evidence can be exported as age files under a passphrase the officer types", "[cli][export][age]") {
    ExportCase c;
    const fs::path out = c.v.tmp / "passphrase";
    const auto r = c.v.as(
        "ref",
        {"--kdf-work-factor", "10", "export", "police", c.v.dir, "1", "--to", out.string(), "--passphrase-protect"},
        "consegna segreta 2026\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string file = fileOf(out, c.mp4);
    const auto dec =
        withTerminal({{"passphrase", "consegna segreta 2026"}},
                     {"/usr/bin/age", "-d", "-o", (c.v.tmp / "video.mp4").string(), (out / file).string()});
    INFO(dec.out);
    REQUIRE(dec.exitCode == 0);
    CHECK(sha256Of(c.v.tmp / "video.mp4") == sha256Of(c.media.mp4));
    CHECK(nlohmann::json::parse(readText(out / "manifest.json"))["evidence_protection"] == "age-passphrase");
}

TEST_CASE("R13: exporting a flagged case prints the 48-hour deadline", "[cli][export][R13]") {
    CliVault v;
    REQUIRE(v.ref({"case", "new", v.dir, "--title", "Minacce", "--ex-officio"}).exitCode == 0);
    const auto r = v.ref({"export", "police", v.dir, "1", "--to", (v.tmp / "out").string()});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(has(r.err, "R13: report to the police or the Procura due by"));
    CHECK(has(r.err, "custodia case reported"));
    // An empty case still gives a complete, verifiable export with a blank form.
    CHECK(runCli({"verify-export", (v.tmp / "out").string()}).exitCode == 0);
    const std::string seg = shell("pdftotext " + q(v.tmp / "out" / "documenti" / "segnalazione.pdf") + " -");
    CHECK(has(seg, "Nome Cognome"));
}

TEST_CASE("a failed export leaves nothing behind and records no handover", "[cli][export][errors]") {
    ExportCase c;
    const auto before = c.v.json({"log", c.v.dir}).size();
    // Full disk while writing the video.
    const std::map<std::string, std::string> full{
        {"LD_PRELOAD", CUSTODIA_FAULT_LIB}, {"ASAN_OPTIONS", "verify_asan_link_order=0:detect_leaks=0"},
        {"CUSTODIA_FAULT_OP", "write"},     {"CUSTODIA_FAULT_PATH", "-video.mp4"},
        {"CUSTODIA_FAULT_AFTER", "1000"},   {"CUSTODIA_FAULT_ERRNO", "28"}};
    auto r = c.v.ref({"export", "police", c.v.dir, "1", "--to", (c.v.tmp / "pieno").string()}, full);
    CHECK(r.exitCode == 3);
    CHECK(has(r.err, "the medium is full"));
    CHECK(has(r.err, (c.v.tmp / "pieno" / "reperti").string()));  // named where the user looks for it
    CHECK_FALSE(fs::exists(c.v.tmp / "pieno"));
    for (const auto& e : fs::directory_iterator(c.v.tmp.path())) {
        CHECK_FALSE(has(e.path().filename().string(), ".partial"));
    }
    // A dangling link where the folder should go is not followed.
    fs::create_symlink(c.v.tmp / "nowhere", c.v.tmp / "link");
    r = c.exportTo(c.v.tmp / "link");
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "already exists"));
    CHECK_FALSE(fs::exists(c.v.tmp / "nowhere"));
    // An existing folder, a folder inside the vault, a missing parent, a docente.
    CHECK(c.exportTo(c.v.tmp.path()).exitCode == 1);
    CHECK(has(c.exportTo(fs::path(c.v.dir) / "dentro").err, "inside the vault"));
    CHECK(c.exportTo(c.v.tmp / "manca" / "out").exitCode == 1);
    // Wrong certificate password; not a certificate.
    Pki pki(c.v.tmp);
    r = c.v.as("ds", {"config", "signing-cert", c.v.dir, (pki.dir / "school.p12").string()}, "wrong\n");
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "wrong password"));
    r = c.v.as("ds", {"config", "signing-cert", c.v.dir, c.media.jpeg}, "x\n");
    CHECK(r.exitCode == 1);
    CHECK(has(r.err, "not a PKCS#12"));
    r = c.v.ref({"config", "signing-cert", c.v.dir, (pki.dir / "school.p12").string()});
    CHECK(r.exitCode == 1);  // referente: the DS configures the school's certificate
    // None of these changed the vault beyond refusals and views.
    const auto log = c.v.json({"log", c.v.dir});
    for (std::size_t i = before; i < log.size(); ++i) {
        CHECK(log[i]["action"] != "export.police");
    }
    CHECK(c.v.ref({"log", "verify", c.v.dir}).exitCode == 0);
}
