/**
 * About 6,000 procedures, the size of the national catalogue, made deterministically from the
 * test catalogue: each procedure in 24 localities, as a local variant code
 * (1.001193.000.00.00.H29) with the locality's agencies, some names carrying a level or place.
 */
import { catalogue, type CatalogueProcedure } from '../../test/search/catalogue.js';

const PROVINCES = [
  'Hà Nội', 'Hải Phòng', 'Quảng Ninh', 'Bắc Ninh', 'Thái Bình', 'Nam Định', 'Thanh Hóa', 'Nghệ An',
  'Hà Tĩnh', 'Thừa Thiên Huế', 'Đà Nẵng', 'Quảng Nam', 'Khánh Hòa', 'Lâm Đồng', 'Đắk Lắk', 'Gia Lai',
  'Bình Dương', 'Đồng Nai', 'Bà Rịa - Vũng Tàu', 'Long An', 'Tiền Giang', 'Cần Thơ', 'An Giang', 'Cà Mau',
];

/** Suffixes some localities put in their names; most keep the national name. */
const SUFFIXES = ['', '', '', '', ' (cấp tỉnh)', ' tại Trung tâm Phục vụ hành chính công', ' (thực hiện tại cấp xã)', ''];

export function expandCatalogue(): CatalogueProcedure[] {
  const out: CatalogueProcedure[] = [];
  PROVINCES.forEach((province, i) => {
    const agencyCode = `H${String(10 + i * 3).padStart(2, '0')}`;
    catalogue.forEach((p, j) => {
      const suffix = SUFFIXES[(i * 7 + j) % SUFFIXES.length] as string;
      out.push({
        ...p,
        code: `${p.code}.000.00.00.${agencyCode}`,
        name: p.name + suffix,
        agencies: p.agencies.map((a) => ({ name: `${a.name} tỉnh ${province}` })),
      });
    });
  });
  return out;
}
