import type { Random } from "@/scripts/simulator/model/seeded-random";

/** Common surnames, weighted towards those frequent in Shanghai (陆, 顾, 沈, 钱 …). */
const surnames = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜钟陆汪范金石夏方邹孟秦江顾毛钱施严翁俞倪瞿",
  ..."陆顾沈钱施朱徐周张王",
];

const givenNameCharacters = [..."伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌婷雪琳晨浩宇欣怡佳俊嘉颖晓峰海燕春梅凤慧玲丹云飞鹏辉"];

export function chineseName(random: Random): string {
  const givenLength = random.float() < 0.6 ? 2 : 1;
  let name = random.pick(surnames);
  for (let i = 0; i < givenLength; i++) name += random.pick(givenNameCharacters);
  return name;
}
