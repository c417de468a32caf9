// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliFixture.h"

#include <catch2/catch.hpp>

namespace custodia::test {

CliVault::CliVault() : dir((tmp / "vault").string()) {
    const auto r = runCli({"--passphrase-fd", "0", "--kdf-work-factor", "10", "--user", "ref", "init", dir, "--school",
                           "Istituto Comprensivo \"Aldo Moro\"", "--name", "Maria Rossi"},
                          std::string(kPassphrase) + "\n");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto at = r.out.find("CODICE DI RECUPERO");
    REQUIRE(at != std::string::npos);
    const auto start = r.out.find_first_not_of(" \n", r.out.find('\n', at));
    recoveryCode = r.out.substr(start, 39);
    const auto add = runCli({"--passphrase-fd", "0", "--kdf-work-factor", "10", "--user", "ref", "user", "add", dir,
                             "--new-user", "ds", "--role", "dirigente", "--name", "Giuseppe Bianchi"},
                            std::string(kPassphrase) + "\n" + kDsPassphrase + "\n");
    INFO(add.err);
    REQUIRE(add.exitCode == 0);
}

Result CliVault::as(const std::string& user, const std::vector<std::string>& args, const std::string& extraInput,
                    const std::map<std::string, std::string>& env) {
    std::vector<std::string> all{"--passphrase-fd", "0", "--user", user};
    all.insert(all.end(), args.begin(), args.end());
    return runCli(all, std::string(user == "ds" ? kDsPassphrase : kPassphrase) + "\n" + extraInput, env);
}

std::string CliVault::openCase() {
    const auto r = ref({"case", "new", dir, "--title", "Caso di prova", "--protocol", "2026/123"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return "1";
}

std::string CliVault::ingest(const std::string& file, const std::vector<std::string>& extra) {
    std::vector<std::string> args{"--json", "ingest",    dir,   "1",
                                  file,     "--consent", "yes", "--no-sexual-content-of-minors"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = ref(args);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return nlohmann::json::parse(r.out).at(0).at("id").get<std::string>();
}

nlohmann::json CliVault::json(const std::vector<std::string>& args) {
    std::vector<std::string> all{"--json"};
    all.insert(all.end(), args.begin(), args.end());
    const auto r = ref(all);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    return nlohmann::json::parse(r.out);
}

Media makeMedia(const TempDir& dir) {
    Media m{(dir / "foto.jpg").string(), (dir / "schermata.png").string(), (dir / "video.mp4").string()};
    shell("convert -size 320x240 gradient:blue-yellow -fill red -draw 'circle 160,120 200,150' " + m.jpeg);
    shell("convert -size 200x400 xc:white -fill '#075e54' -draw 'rectangle 0,0 200,40' " + m.png);
    shell("ffmpeg -loglevel error -f lavfi -i testsrc=duration=2:size=320x240:rate=15 -pix_fmt yuv420p -y " + m.mp4);
    return m;
}

Result withTerminal(const std::vector<std::pair<std::string, std::string>>& answers,
                    const std::vector<std::string>& command) {
    std::vector<std::string> argv{"/usr/bin/python3", std::string(CUSTODIA_SOURCE_DIR) + "/tests/support/pty_run.py"};
    for (const auto& [prompt, answer] : answers) {
        argv.push_back("--answer");
        argv.push_back(prompt + "=" + answer);
    }
    argv.push_back("--");
    argv.insert(argv.end(), command.begin(), command.end());
    return run(argv);
}

}  // namespace custodia::test
