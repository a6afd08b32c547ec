import type { FieldRef } from '../../src/model/index.js';
import type { LegalKey } from './legal.js';

/** Agency names by level; `commune` covers xã/phường/thị trấn. */
export interface LevelAgencies {
  ministry?: string;
  province?: string;
  district?: string;
  commune?: string;
}

export interface FieldProfile extends FieldRef {
  /** Legal documents every procedure of the field cites. */
  legal: LegalKey[];
  agencies: LevelAgencies;
  /** Documents most dossiers of the field carry besides the application form. */
  commonDocs: string[];
  /** Typical result when a template names none. */
  result: string;
  keywords: string[];
}

const f = (p: FieldProfile) => p;

// The fields (lĩnh vực) of a provincial catalogue. Codes are URL-safe slugs used by the API's
// `field` filter; names are the catalogue's wording.
export const FIELDS = [
  f({ code: 'ho-tich', name: 'Hộ tịch', legal: ['LHT', 'ND123', 'TT04HT'],
    agencies: { province: 'Sở Tư pháp', district: 'UBND cấp huyện', commune: 'UBND cấp xã' },
    commonDocs: ['Giấy tờ tùy thân (Căn cước/Hộ chiếu) của người yêu cầu', 'Giấy tờ chứng minh nơi cư trú (trường hợp không khai thác được trên Cơ sở dữ liệu quốc gia về dân cư)'],
    result: 'Trích lục hộ tịch', keywords: ['hộ tịch', 'tư pháp'] }),
  f({ code: 'chung-thuc', name: 'Chứng thực', legal: ['ND23CT', 'TT01CT', 'TT226CT'],
    agencies: { province: 'Sở Tư pháp', district: 'Phòng Tư pháp cấp huyện', commune: 'UBND cấp xã' },
    commonDocs: ['Giấy tờ tùy thân (Căn cước/Hộ chiếu) của người yêu cầu chứng thực'],
    result: 'Văn bản, giấy tờ được chứng thực', keywords: ['chứng thực', 'công chứng', 'sao y'] }),
  f({ code: 'dat-dai', name: 'Đất đai', legal: ['LDD2024', 'ND101DD', 'ND102DD'],
    agencies: { province: 'Văn phòng đăng ký đất đai tỉnh', district: 'Chi nhánh Văn phòng đăng ký đất đai', commune: 'UBND cấp xã' },
    commonDocs: ['Giấy chứng nhận quyền sử dụng đất đã cấp (bản gốc)', 'Sơ đồ thửa đất hoặc trích đo địa chính (nếu có)'],
    result: 'Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất', keywords: ['sổ đỏ', 'sổ hồng', 'đất đai', 'GCN'] }),
  f({ code: 'xay-dung', name: 'Xây dựng', legal: ['LXD', 'LXDSD', 'ND175XD'],
    agencies: { province: 'Sở Xây dựng', district: 'Phòng Quản lý đô thị', commune: 'UBND cấp xã' },
    commonDocs: ['Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng)', 'Giấy tờ hợp pháp về đất đai'],
    result: 'Giấy phép xây dựng', keywords: ['xây dựng', 'GPXD', 'giấy phép xây dựng'] }),
  f({ code: 'dang-ky-kinh-doanh', name: 'Thành lập và hoạt động doanh nghiệp, hộ kinh doanh', legal: ['LDN', 'ND168DN', 'TT02DN'],
    agencies: { province: 'Sở Tài chính (Phòng Đăng ký kinh doanh)', district: 'Phòng Tài chính – Kế hoạch', commune: 'UBND cấp xã' },
    commonDocs: ['Bản sao giấy tờ pháp lý của cá nhân đăng ký', 'Văn bản ủy quyền (trường hợp ủy quyền nộp hồ sơ)'],
    result: 'Giấy chứng nhận đăng ký', keywords: ['đăng ký kinh doanh', 'ĐKKD', 'giấy phép kinh doanh'] }),
  f({ code: 'cong-thuong', name: 'Công thương', legal: ['LTM', 'ND105RU'],
    agencies: { province: 'Sở Công Thương', district: 'Phòng Kinh tế', commune: 'UBND cấp xã' },
    commonDocs: ['Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc hộ kinh doanh'],
    result: 'Giấy phép', keywords: ['công thương', 'giấy phép bán lẻ'] }),
  f({ code: 'y-te', name: 'Y tế', legal: ['LKCB', 'ND96KCB'],
    agencies: { province: 'Sở Y tế', district: 'Phòng Y tế', commune: 'UBND cấp xã' },
    commonDocs: ['Bản sao văn bằng chuyên môn phù hợp'],
    result: 'Giấy chứng nhận', keywords: ['y tế'] }),
  f({ code: 'lao-dong-xa-hoi', name: 'Lao động – Thương binh và Xã hội', legal: ['BLLD', 'ND20BTXH'],
    agencies: { province: 'Sở Nội vụ', district: 'Phòng Lao động – Thương binh và Xã hội', commune: 'UBND cấp xã' },
    commonDocs: ['Bản sao giấy tờ chứng minh thuộc đối tượng được hưởng chính sách'],
    result: 'Quyết định hưởng chế độ', keywords: ['lao động', 'xã hội', 'trợ cấp'] }),
  f({ code: 'giao-duc', name: 'Giáo dục và Đào tạo', legal: ['LGD', 'ND135GD'],
    agencies: { province: 'Sở Giáo dục và Đào tạo', district: 'Phòng Giáo dục và Đào tạo', commune: 'UBND cấp xã' },
    commonDocs: ['Bản sao giấy tờ tùy thân của người đề nghị'],
    result: 'Văn bản chấp thuận', keywords: ['giáo dục', 'trường học', 'văn bằng'] }),
  f({ code: 'noi-vu', name: 'Nội vụ', legal: ['LCBCC', 'ND126HOI'],
    agencies: { province: 'Sở Nội vụ', district: 'Phòng Nội vụ', commune: 'UBND cấp xã' },
    commonDocs: ['Tờ trình hoặc văn bản đề nghị của cơ quan, tổ chức'],
    result: 'Quyết định', keywords: ['nội vụ'] }),
  f({ code: 'van-hoa', name: 'Văn hóa – Thể thao – Du lịch', legal: ['LDL', 'ND144LH'],
    agencies: { province: 'Sở Văn hóa, Thể thao và Du lịch', district: 'Phòng Văn hóa và Thông tin', commune: 'UBND cấp xã' },
    commonDocs: ['Bản sao Giấy chứng nhận đăng ký kinh doanh'],
    result: 'Giấy phép', keywords: ['văn hóa', 'du lịch', 'thể thao'] }),
  f({ code: 'nong-nghiep', name: 'Nông nghiệp và Phát triển nông thôn', legal: ['LTRT', 'LTT'],
    agencies: { province: 'Sở Nông nghiệp và Môi trường', district: 'Phòng Nông nghiệp và Phát triển nông thôn', commune: 'UBND cấp xã' },
    commonDocs: ['Bản thuyết minh điều kiện sản xuất, kinh doanh'],
    result: 'Giấy chứng nhận', keywords: ['nông nghiệp', 'thú y', 'trồng trọt'] }),
  f({ code: 'tai-nguyen-moi-truong', name: 'Tài nguyên và Môi trường', legal: ['LBVMT', 'ND08MT'],
    agencies: { province: 'Sở Nông nghiệp và Môi trường', district: 'Phòng Tài nguyên và Môi trường', commune: 'UBND cấp xã' },
    commonDocs: ['Báo cáo hoặc hồ sơ kỹ thuật theo mẫu'],
    result: 'Giấy phép môi trường', keywords: ['môi trường', 'tài nguyên'] }),
  f({ code: 'cu-tru', name: 'Công an – Cư trú', legal: ['LCT', 'ND154CT', 'TT55CT'],
    agencies: { province: 'Công an tỉnh', district: 'Công an cấp huyện', commune: 'Công an cấp xã' },
    commonDocs: ['Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp'],
    result: 'Thông báo kết quả giải quyết, cập nhật thông tin cư trú', keywords: ['cư trú', 'hộ khẩu', 'tạm trú', 'thường trú'] }),
  f({ code: 'can-cuoc', name: 'Công an – Căn cước', legal: ['LCC', 'ND70CC', 'TT17CC'],
    agencies: { province: 'Phòng Cảnh sát quản lý hành chính về trật tự xã hội – Công an tỉnh', district: 'Công an cấp huyện', commune: 'Công an cấp xã' },
    commonDocs: ['Thẻ căn cước công dân hoặc chứng minh nhân dân cũ (nếu có)'],
    result: 'Thẻ căn cước', keywords: ['căn cước', 'CCCD', 'chứng minh nhân dân'] }),
  f({ code: 'ly-lich-tu-phap', name: 'Tư pháp – Lý lịch tư pháp', legal: ['LLLTP', 'TT244LLTP'],
    agencies: { province: 'Sở Tư pháp' },
    commonDocs: ['Bản chụp giấy tờ tùy thân của người được cấp Phiếu lý lịch tư pháp'],
    result: 'Phiếu lý lịch tư pháp', keywords: ['lý lịch tư pháp', 'LLTP', 'phiếu lý lịch'] }),
  f({ code: 'nuoi-con-nuoi', name: 'Tư pháp – Nuôi con nuôi', legal: ['LNCN', 'ND19NCN'],
    agencies: { province: 'Sở Tư pháp', commune: 'UBND cấp xã' },
    commonDocs: ['Đơn xin nhận con nuôi', 'Phiếu lý lịch tư pháp của người nhận con nuôi'],
    result: 'Giấy chứng nhận nuôi con nuôi', keywords: ['con nuôi'] }),
  f({ code: 'giao-thong', name: 'Giao thông vận tải', legal: ['LGTDB', 'LDB', 'TT35GPLX'],
    agencies: { province: 'Sở Xây dựng', district: 'Phòng Quản lý đô thị', commune: 'UBND cấp xã' },
    commonDocs: ['Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp'],
    result: 'Giấy phép', keywords: ['giao thông', 'GPLX', 'bằng lái'] }),
  f({ code: 'thue', name: 'Thuế', legal: ['LQLT', 'ND126THUE', 'TT80THUE'],
    agencies: { province: 'Thuế tỉnh', district: 'Chi cục Thuế khu vực', commune: 'Thuế cơ sở' },
    commonDocs: ['Tờ khai thuế theo mẫu'],
    result: 'Thông báo của cơ quan thuế', keywords: ['thuế', 'mã số thuế', 'MST'] }),
  f({ code: 'bao-hiem-xa-hoi', name: 'Bảo hiểm xã hội', legal: ['LBHXH', 'LBHYT', 'QD896'],
    agencies: { province: 'Bảo hiểm xã hội tỉnh', district: 'Bảo hiểm xã hội cơ sở', commune: 'UBND cấp xã' },
    commonDocs: ['Sổ bảo hiểm xã hội'],
    result: 'Quyết định hưởng chế độ bảo hiểm xã hội', keywords: ['BHXH', 'BHYT', 'bảo hiểm'] }),
  f({ code: 'ton-giao', name: 'Tôn giáo', legal: ['LTNTG', 'ND95TG'],
    agencies: { province: 'Sở Dân tộc và Tôn giáo', district: 'Phòng Nội vụ', commune: 'UBND cấp xã' },
    commonDocs: ['Văn bản đề nghị của tổ chức tôn giáo'],
    result: 'Văn bản chấp thuận', keywords: ['tôn giáo', 'tín ngưỡng'] }),
  f({ code: 'thi-dua-khen-thuong', name: 'Thi đua, khen thưởng', legal: ['LTDKT', 'ND98TDKT'],
    agencies: { province: 'UBND tỉnh (Ban Thi đua – Khen thưởng, Sở Nội vụ)', district: 'UBND cấp huyện', commune: 'UBND cấp xã' },
    commonDocs: ['Báo cáo thành tích của tập thể, cá nhân đề nghị khen thưởng', 'Biên bản họp Hội đồng Thi đua – Khen thưởng'],
    result: 'Quyết định khen thưởng', keywords: ['khen thưởng', 'thi đua', 'bằng khen', 'giấy khen'] }),
] as const satisfies readonly FieldProfile[];

export type FieldCode = (typeof FIELDS)[number]['code'];

const BY_CODE = new Map<string, FieldProfile>(FIELDS.map((p) => [p.code, p]));

export function fieldProfile(code: FieldCode): FieldProfile {
  return BY_CODE.get(code) as FieldProfile;
}

export function fieldRef(code: FieldCode): FieldRef {
  const p = fieldProfile(code);
  return { code: p.code, name: p.name };
}

// Which profile (agencies, common documents, legal basis) gives the demo details of a real field
// of the national catalogue; the field itself stays the catalogue's. First match wins.
const PROFILE_BY_FIELD: [RegExp, FieldCode][] = [
  [/hộ tịch|quốc tịch/i, 'ho-tich'],
  [/chứng thực|công chứng|luật sư|giám định|trợ giúp pháp lý|thừa phát lại|đấu giá|tư vấn pháp luật|hòa giải|trọng tài|biện pháp bảo đảm/i, 'chung-thuc'],
  [/lý lịch tư pháp/i, 'ly-lich-tu-phap'],
  [/nuôi con nuôi/i, 'nuoi-con-nuoi'],
  [/đất đai|đo đạc|bất động sản/i, 'dat-dai'],
  [/xây dựng|nhà ở|hạ tầng|quy hoạch/i, 'xay-dung'],
  [/doanh nghiệp|hộ kinh doanh|hợp tác xã|đầu tư|ngân hàng|ngoại hối|thanh toán/i, 'dang-ky-kinh-doanh'],
  [/cư trú|xuất nhập cảnh/i, 'cu-tru'],
  [/căn cước|vũ khí|phòng cháy|an ninh, trật tự/i, 'can-cuoc'],
  [/thuế|hải quan|tài chính/i, 'thue'],
  [/bhxh|bảo hiểm/i, 'bao-hiem-xa-hoi'],
  [/đường bộ|đường sắt|đường thủy|hàng hải|giấy phép lái xe|đăng kiểm|phương tiện/i, 'giao-thong'],
  [/nông|lâm|thủy sản|thú y|trồng trọt|chăn nuôi|thủy lợi|đê điều|kiểm lâm/i, 'nong-nghiep'],
  [/môi trường|nước|khoáng sản|biển|khí tượng/i, 'tai-nguyen-moi-truong'],
  [/y tế|dược|khám bệnh|cai nghiện/i, 'y-te'],
  [/giáo dục|đào tạo/i, 'giao-duc'],
  [/văn hóa|thể thao|du lịch|gia đình/i, 'van-hoa'],
  [/tôn giáo|tín ngưỡng/i, 'ton-giao'],
  [/thi đua|khen thưởng/i, 'thi-dua-khen-thuong'],
  [/chính sách|lao động|việc làm|người có công/i, 'lao-dong-xa-hoi'],
  [/công thương|thương mại|điện|khoa học|công nghệ/i, 'cong-thuong'],
];

/** The profile whose demo details suit a field of the national catalogue ("Nội vụ" when none does). */
export function profileFor(fieldName: string): FieldCode {
  return PROFILE_BY_FIELD.find(([re]) => re.test(fieldName))?.[1] ?? 'noi-vu';
}
