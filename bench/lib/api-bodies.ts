/**
 * Synthetic Instagram timeline bodies for the observer benchmark, shaped as
 * SITE-DATA §1.3 documents (values invented), padded to a target size the way
 * real bodies are large: long captions and image candidate lists.
 */
export function timelineBody(targetBytes: number, handle = 'bench.creator', ownerPk = '5550001'): string {
  const edges: unknown[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const node = {
      code: `BENCH${String(i).padStart(6, '0')}`,
      pk: String(3_500_000_000_000_000_000n + BigInt(i)),
      id: `${3_500_000_000_000_000_000n + BigInt(i)}_${ownerPk}`,
      taken_at: 1_760_000_000 - i * 86_400,
      media_type: i % 3 === 0 ? 8 : 1,
      product_type: i % 3 === 0 ? 'carousel_container' : 'feed',
      like_count: 1000 + i * 7,
      comment_count: 20 + (i % 13),
      view_count: null,
      like_and_view_counts_disabled: false,
      caption: {
        text: `Post ${i}: ${'a day out on the trail with friends #outdoors #run '.repeat(20)}`,
        created_at: 1_760_000_000 - i * 86_400,
      },
      user: {
        pk: ownerPk,
        id: ownerPk,
        username: handle,
        full_name: 'Bench Creator',
        is_verified: false,
        profile_pic_url: 'https://example.invalid/p.jpg',
      },
      usertags: { in: [] },
      coauthor_producers: [],
      timeline_pinned_user_ids: null,
      image_versions2: {
        candidates: Array.from({ length: 8 }, (_, c) => ({
          url: `https://example.invalid/${i}/${c}.jpg?stp=dst-jpg_e35_s${640 - c * 60}x${640 - c * 60}&_nc_ht=example&_nc_cat=1&oh=00_${'x'.repeat(40)}`,
          width: 640 - c * 60,
          height: 800 - c * 75,
        })),
      },
    };
    const text = JSON.stringify({ node, cursor: `c${i}` });
    size += text.length + 1;
    edges.push({ node, cursor: `c${i}` });
  }
  return JSON.stringify({
    data: {
      xdt_api__v1__feed__user_timeline_graphql_connection: {
        edges,
        page_info: { end_cursor: 'QVFEbench', has_next_page: true },
      },
    },
    status: 'ok',
  });
}
