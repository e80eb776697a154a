#include "proto/layer_cmd.h"

#include <cstring>

namespace aoe {

namespace {
constexpr uint8_t kMagic[8] = {'A', 'O', 'E', 'B', 'O', 'O', 'T', 1};
}

bool parse_layer_cmd(std::span<const uint8_t> frame, const Header& h, uint8_t& op, uint8_t& status) {
    if (h.command != kCmdLayer || frame.size() < kLayerCmdLen) return false;
    if (std::memcmp(frame.data() + kHeaderLen + 2, kMagic, sizeof kMagic) != 0) return false;
    op = frame[kHeaderLen];
    status = frame[kHeaderLen + 1];
    return true;
}

size_t build_layer_cmd(std::span<uint8_t> out, Header h, uint8_t op, uint8_t status) {
    if (out.size() < kMinFrameLen) return 0;
    std::memset(out.data(), 0, kMinFrameLen);
    uint8_t* p = out.data();
    std::memcpy(p, h.dst.data(), 6);
    std::memcpy(p + 6, h.src.data(), 6);
    p[12] = 0x88, p[13] = 0xA2;
    p[14] = uint8_t(h.version << 4 | (h.flags & 0x0F));
    p[15] = h.error;
    p[16] = uint8_t(h.major >> 8), p[17] = uint8_t(h.major);
    p[18] = h.minor;
    p[19] = kCmdLayer;
    p[20] = uint8_t(h.tag >> 24), p[21] = uint8_t(h.tag >> 16), p[22] = uint8_t(h.tag >> 8), p[23] = uint8_t(h.tag);
    p[24] = op;
    p[25] = status;
    std::memcpy(p + 26, kMagic, sizeof kMagic);
    return kMinFrameLen;
}

}  // namespace aoe
