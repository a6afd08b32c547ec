/**
 * Abbreviations citizens and clerks type, and what the catalogue writes in full.
 *
 * Sources: the national catalogue's own wording for the `means` side (the 2,642 procedure names
 * of the Cơ sở dữ liệu quốc gia về thủ tục hành chính export in test/fixtures, which itself
 * writes "BHXH", "BHYT", "TNCN", "TNLĐ, BNN" in some names); for the typed side, the short forms
 * in everyday use on one-stop desks, in the press (VnExpress, Tuổi Trẻ, Thư viện Pháp luật's Q&A)
 * and on the Cổng Dịch vụ công quốc gia's own help pages (CCCD, GPXD, GPLX, HKD, LLTP, VNeID…).
 * Each entry has a test (test/search/vocabulary.node.test.ts).
 */
import type { SynonymRule } from '../synonyms.js';

export const abbreviations: readonly SynonymRule[] = [
  // Căn cước, cư trú, xuất nhập cảnh
  { terms: ['CCCD', 'CMND', 'CMT', 'CCCD gắn chip'], means: ['thẻ căn cước', 'căn cước công dân', 'căn cước'] },
  { terms: ['VNeID', 'định danh điện tử', 'ĐDĐT'], means: ['tài khoản định danh điện tử'] },
  { terms: ['KT3'], means: ['đăng ký tạm trú'] },
  { terms: ['XNC'], means: ['xuất nhập cảnh'] },
  { terms: ['ABTC'], means: ['thẻ ABTC', 'thẻ đi lại của doanh nhân APEC'] },
  // Đất đai, xây dựng
  { terms: ['QSDĐ', 'GCN QSDĐ', 'GCNQSDĐ', 'GCN'], means: ['giấy chứng nhận quyền sử dụng đất', 'giấy chứng nhận'] },
  { terms: ['GPXD'], means: ['giấy phép xây dựng'] },
  { terms: ['BĐS'], means: ['bất động sản'] },
  // Kinh doanh, thuế
  { terms: ['GPKD', 'ĐKKD', 'GCNĐKKD'], means: ['đăng ký kinh doanh', 'đăng ký doanh nghiệp', 'đăng ký thành lập hộ kinh doanh'] },
  { terms: ['HKD'], means: ['hộ kinh doanh'] },
  { terms: ['DN'], means: ['doanh nghiệp'] },
  { terms: ['DNTN'], means: ['doanh nghiệp tư nhân'] },
  { terms: ['HTX'], means: ['hợp tác xã'] },
  { terms: ['Cty'], means: ['công ty'] },
  { terms: ['CTCP', 'Cty CP'], means: ['công ty cổ phần'] },
  { terms: ['TNHH'], means: ['trách nhiệm hữu hạn'] },
  { terms: ['MTV'], means: ['một thành viên'] },
  { terms: ['TNCN'], means: ['thu nhập cá nhân'] },
  { terms: ['TNDN'], means: ['thu nhập doanh nghiệp'] },
  { terms: ['GTGT', 'VAT'], means: ['giá trị gia tăng'] },
  { terms: ['MST'], means: ['mã số thuế', 'đăng ký thuế'] },
  { terms: ['C/O'], means: ['chứng nhận xuất xứ hàng hóa'] },
  { terms: ['ATTP', 'VSATTP'], means: ['an toàn thực phẩm', 'đủ điều kiện an toàn thực phẩm'] },
  { terms: ['ANTT'], means: ['an ninh, trật tự', 'an ninh trật tự'] },
  { terms: ['PCCC'], means: ['phòng cháy và chữa cháy', 'phòng cháy, chữa cháy'] },
  // Giao thông
  { terms: ['GPLX'], means: ['giấy phép lái xe'] },
  // Bảo hiểm, lao động, y tế
  { terms: ['BHXH'], means: ['bảo hiểm xã hội'] },
  { terms: ['BHYT'], means: ['bảo hiểm y tế'] },
  { terms: ['BHTN'], means: ['bảo hiểm thất nghiệp', 'trợ cấp thất nghiệp'] },
  { terms: ['TNLĐ'], means: ['tai nạn lao động'] },
  { terms: ['CCHN'], means: ['chứng chỉ hành nghề'] },
  { terms: ['GPLĐ'], means: ['giấy phép lao động cho người lao động nước ngoài'] },
  { terms: ['KCB'], means: ['khám bệnh, chữa bệnh', 'khám, chữa bệnh'] },
  // Tư pháp
  { terms: ['LLTP'], means: ['phiếu lý lịch tư pháp'] },
  { terms: ['THADS'], means: ['thi hành án dân sự'] },
  // Giáo dục, môi trường, bộ máy
  { terms: ['THPT'], means: ['trung học phổ thông'] },
  { terms: ['THCS'], means: ['trung học cơ sở'] },
  { terms: ['ĐTM'], means: ['báo cáo đánh giá tác động môi trường'] },
  { terms: ['GPMT'], means: ['giấy phép môi trường'] },
  { terms: ['UBND'], means: ['ủy ban nhân dân'] },
  { terms: ['TNMT', 'TN&MT'], means: ['tài nguyên và môi trường'] },
  { terms: ['LĐTBXH', 'LĐ-TB&XH'], means: ['lao động thương binh và xã hội'] },
];
