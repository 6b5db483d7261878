/**
 * The Korean terms the site's own Korean writing uses, chosen once: the usage of South Korean reference works (the
 * Ministry of Unification, Yonhap), so that a Korean reader meets the words they know, and the North's own terms
 * appear only inside its quotations. Editors writing Korean texts follow it (content/README.md, "The Korean edition"), and
 * /ko/about/ shows it to readers.
 */
export interface Term {
	en: string;
	ko: string;
	/** Why this term, or what it is not. */
	note?: string;
}

export const glossary: { heading: string; terms: Term[] }[] = [
	{
		heading: '나라와 관계',
		terms: [
			{ en: 'North Korea', ko: '북한', note: '북한이 스스로 쓰는 조선·공화국은 인용문 안에서만' },
			{ en: 'South Korea', ko: '한국', note: '공식 명칭이 필요한 곳은 대한민국' },
			{ en: 'inter-Korean, the two Koreas', ko: '남북', note: '북한 문헌의 북남은 인용문 안에서만' },
			{ en: 'the South, the North (as parties to talks)', ko: '남측, 북측' },
			{ en: 'US–North Korea', ko: '북미', note: '북한 문헌의 조미는 인용문 안에서만' },
			{ en: 'Korean Peninsula', ko: '한반도', note: '북한 문헌의 조선반도는 인용문 안에서만' },
			{ en: 'reunification', ko: '통일' },
		],
	},
	{
		heading: '발언과 만남',
		terms: [
			{ en: 'statement (by a North Korean official)', ko: '담화' },
			{ en: 'statement (by a government or body)', ko: '성명' },
			{ en: 'spokesman', ko: '대변인' },
			{ en: 'notice', ko: '통지문' },
			{ en: 'New Year address', ko: '신년사' },
			{ en: 'Liberation Day address', ko: '광복절 경축사' },
			{ en: 'summit', ko: '정상회담' },
			{ en: 'high-level talks', ko: '고위급회담' },
			{ en: 'working-level talks', ko: '실무회담' },
			{ en: 'special envoy', ko: '특사' },
		],
	},
	{
		heading: '기관',
		terms: [
			{ en: 'KCNA', ko: '조선중앙통신' },
			{ en: 'Rodong Sinmun', ko: '노동신문', note: '북한 표기는 로동신문' },
			{ en: "Workers' Party of Korea", ko: '조선노동당 (노동당)' },
			{ en: 'Committee for the Peaceful Reunification of the Country', ko: '조국평화통일위원회 (조평통)' },
			{ en: 'State Affairs Commission', ko: '국무위원회' },
			{ en: 'Ministry of Unification', ko: '통일부' },
			{ en: 'Joint Chiefs of Staff', ko: '합동참모본부 (합참)' },
			{ en: 'presidential office', ko: '청와대 / 대통령실', note: '2022년 5월부터 2025년 12월 28일까지 대통령실' },
		],
	},
	{
		heading: '접경과 현안',
		terms: [
			{ en: 'Demilitarized Zone', ko: '비무장지대 (DMZ)' },
			{ en: 'Military Demarcation Line', ko: '군사분계선 (MDL)' },
			{ en: 'Northern Limit Line', ko: '북방한계선 (NLL)' },
			{ en: 'leaflets', ko: '대북 전단' },
			{ en: 'loudspeaker broadcasts', ko: '대북 확성기 방송' },
			{ en: 'trash balloons', ko: '오물 풍선' },
			{ en: 'joint liaison office', ko: '남북공동연락사무소' },
			{ en: 'hotline, communication line', ko: '직통전화, 통신선' },
			{ en: 'separated families', ko: '이산가족' },
			{ en: 'denuclearisation', ko: '비핵화' },
			{ en: 'joint military exercise', ko: '연합훈련' },
			{ en: '"two hostile states"', ko: '‘적대적 두 국가’' },
		],
	},
	{
		heading: '문서',
		terms: [
			{ en: 'July 4 South–North Joint Communiqué', ko: '7·4 남북공동성명' },
			{ en: 'Inter-Korean Basic Agreement', ko: '남북기본합의서' },
			{ en: 'Joint Declaration on the Denuclearization of the Korean Peninsula', ko: '한반도 비핵화 공동선언' },
			{ en: 'June 15 North–South Joint Declaration', ko: '6·15 남북공동선언' },
			{ en: 'October 4 Declaration', ko: '10·4 선언' },
			{ en: 'Panmunjom Declaration', ko: '판문점 선언' },
			{ en: 'September Pyongyang Joint Declaration', ko: '9월 평양공동선언' },
			{ en: 'Comprehensive Military Agreement', ko: '9·19 군사합의' },
			{ en: '"audacious initiative"', ko: '‘담대한 구상’' },
		],
	},
];
